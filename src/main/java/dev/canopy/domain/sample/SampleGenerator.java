package dev.canopy.domain.sample;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantRules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A realistic, deterministic MSP: clients with 0–3 levels of sub-tenants, people with roles and
 * computers with OS, last-seen, inventory (mostly compliant with what is deployed, see {@link SampleFleet}) and a
 * maintenance history ({@link SampleSessions}). The same seed and clock give the same records.
 */
public final class SampleGenerator {

    private static final int MAX_SUB_DEPTH = 3;
    private static final String[] ZONES = {"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
            "Europe/London", "Europe/Berlin", "Australia/Sydney", ""};

    private final Random random;
    private final Instant now;
    private final String actor;

    public SampleGenerator(long seed, Instant now, String actor) {
        this.random = new Random(seed);
        this.now = now;
        this.actor = actor;
    }

    /** What was generated, for the summary the technician sees. */
    public record Summary(int tenants, int people, int computers, int sessions) {

        public Summary(int tenants, int people, int computers) {
            this(tenants, people, computers, 0);
        }
    }

    private record Placed(Tenant tenant, int depth) {
    }

    public Summary generate(String mspName, int tenantCount, int computerCount, SampleSink sink) {
        if (tenantCount < 1) {
            throw new IllegalArgumentException("--tenants must be at least 1 (the MSP itself)");
        }
        if (computerCount < 0) {
            throw new IllegalArgumentException("--computers must not be negative");
        }
        List<Placed> tenants = generateTenants(mspName, tenantCount, sink);
        if (sink.cancelled()) {
            return new Summary(tenants.size(), 0, 0);
        }
        SampleFleet fleet = new SampleFleet(random);
        Map<UUID, SampleFleet.Profile> profiles = new SampleTenantRecords(random, RecordMeta.created(now, actor), this::uuid)
                .generate(tenants.stream().map(Placed::tenant).toList(), fleet, sink);
        double[] cumulativeWeight = weights(tenants);
        Map<UUID, List<UUID>> peopleByTenant = new HashMap<>();
        int people = generatePeople(tenants, cumulativeWeight, computerCount, peopleByTenant, sink);
        int[] sessions = {0};
        int computers = generateComputers(tenants, cumulativeWeight, computerCount, peopleByTenant, fleet, profiles, sessions, sink);
        return new Summary(tenants.size(), people, computers, sessions[0]);
    }

    private List<Placed> generateTenants(String mspName, int count, SampleSink sink) {
        List<Placed> placed = new ArrayList<>(count);
        Set<String> slugs = new HashSet<>();
        Map<UUID, Set<String>> siblingNames = new HashMap<>();
        Placed root = new Placed(tenant(mspName, TenantKind.MSP, null, slugs, "Our own IT: technicians and MSP computers."), 0);
        placed.add(root);
        sink.tenant(root.tenant());
        int clients = count == 1 ? 0 : Math.max(1, (int) Math.round((count - 1) * 0.45));
        List<Placed> parentsForSubs = new ArrayList<>();
        for (int i = 0; i < clients && !sink.cancelled(); i++) {
            String name = uniqueName(clientName(), root.tenant().id(), siblingNames);
            Placed client = new Placed(tenant(name, TenantKind.CLIENT, root.tenant(), slugs, ""), 1);
            placed.add(client);
            parentsForSubs.add(client);
            sink.tenant(client.tenant());
        }
        for (int i = 1 + clients; i < count && !sink.cancelled(); i++) {
            // deeper parents are picked less often, so most clients have shallow trees
            Placed parent = parentsForSubs.get(random.nextInt(parentsForSubs.size()));
            if (parent.depth() > 1 && random.nextInt(3) > 0) {
                parent = parentsForSubs.get(random.nextInt(Math.min(clients, parentsForSubs.size())));
            }
            String name = uniqueName(subName(), parent.tenant().id(), siblingNames);
            Placed sub = new Placed(tenant(name, TenantKind.SUB, parent.tenant(), slugs, ""), parent.depth() + 1);
            placed.add(sub);
            if (sub.depth() <= MAX_SUB_DEPTH) {
                parentsForSubs.add(sub);
            }
            sink.tenant(sub.tenant());
        }
        return placed;
    }

    private Tenant tenant(String name, TenantKind kind, Tenant parent, Set<String> slugs, String description) {
        String base = TenantRules.slugBase(name);
        String slug = base;
        for (int n = 2; !slugs.add(slug); n++) {
            slug = base + "-" + n;
        }
        String zone = kind == TenantKind.MSP ? "America/New_York" : kind == TenantKind.CLIENT ? ZONES[random.nextInt(ZONES.length)] : "";
        List<String> tags = kind == TenantKind.CLIENT && random.nextInt(4) == 0 ? List.of(random.nextBoolean() ? "managed" : "co-managed") : List.of();
        return new Tenant(uuid(), name, slug, kind, parent == null ? null : parent.id(), description, zone, tags, true, List.of(),
                RecordMeta.created(now, actor));
    }

    private String clientName() {
        return pick(SampleNames.CLIENT_FIRST) + " " + pick(SampleNames.CLIENT_TRADE) + pick(SampleNames.CLIENT_SUFFIX);
    }

    private String subName() {
        String pattern = pick(SampleNames.SUB_PATTERNS);
        String word = pattern.contains("Department") || pattern.contains("Division") ? pick(SampleNames.DEPARTMENTS) : pick(SampleNames.CITIES);
        return String.format(pattern, word);
    }

    private static String uniqueName(String base, UUID parentId, Map<UUID, Set<String>> siblingNames) {
        Set<String> taken = siblingNames.computeIfAbsent(parentId, k -> new HashSet<>());
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + " " + n;
        }
        return name;
    }

    /** Cumulative weights: some tenants are large, most are small, as in a real MSP book. */
    private double[] weights(List<Placed> tenants) {
        double[] cumulative = new double[tenants.size()];
        double sum = 0;
        for (int i = 0; i < tenants.size(); i++) {
            double w = Math.pow(random.nextDouble(), 3) * 40 + 1;
            sum += w;
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private int pickTenant(double[] cumulative) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = java.util.Arrays.binarySearch(cumulative, target);
        return Math.min(index >= 0 ? index : -index - 1, cumulative.length - 1);
    }

    private int generatePeople(List<Placed> tenants, double[] weights, int computerCount,
                               Map<UUID, List<UUID>> peopleByTenant, SampleSink sink) {
        Map<UUID, Set<String>> emails = new HashMap<>();
        int count = 0;
        Tenant root = tenants.get(0).tenant();
        count += person(root, Role.MSP_ADMIN, emails, peopleByTenant, sink);
        for (int i = 0; i < 3; i++) {
            count += person(root, Role.TECHNICIAN, emails, peopleByTenant, sink);
        }
        for (Placed placed : tenants) {
            if (placed.tenant().kind() == TenantKind.CLIENT && random.nextInt(3) == 0) {
                count += person(placed.tenant(), Role.TENANT_ADMIN, emails, peopleByTenant, sink);
            }
        }
        int others = computerCount / 3;
        for (int i = 0; i < others && !sink.cancelled(); i++) {
            Tenant tenant = tenants.get(pickTenant(weights)).tenant();
            count += person(tenant, random.nextInt(10) == 0 ? Role.TENANT_USER : null, emails, peopleByTenant, sink);
        }
        return count;
    }

    private int person(Tenant tenant, Role role, Map<UUID, Set<String>> emails, Map<UUID, List<UUID>> peopleByTenant, SampleSink sink) {
        String first = pick(SampleNames.FIRST_NAMES);
        String last = pick(SampleNames.LAST_NAMES);
        String local = (first + "." + last).toLowerCase(Locale.ROOT);
        Set<String> taken = emails.computeIfAbsent(tenant.id(), k -> new HashSet<>());
        String email = local + "@" + tenant.slug() + ".example";
        for (int n = 2; !taken.add(email); n++) {
            email = local + n + "@" + tenant.slug() + ".example";
        }
        Person person = new Person(uuid(), tenant.id(), first + " " + last, email, role, random.nextInt(20) > 0,
                List.of(), RecordMeta.created(now, actor));
        peopleByTenant.computeIfAbsent(tenant.id(), k -> new ArrayList<>()).add(person.id());
        sink.person(person);
        return 1;
    }

    private int generateComputers(List<Placed> tenants, double[] weights, int count, Map<UUID, List<UUID>> peopleByTenant,
                                  SampleFleet fleet, Map<UUID, SampleFleet.Profile> profiles, int[] sessions, SampleSink sink) {
        SampleSessions history = new SampleSessions(random, now, RecordMeta.created(now, actor), this::uuid);
        int made = 0;
        for (int i = 0; i < count && !sink.cancelled(); i++) {
            Tenant tenant = tenants.get(pickTenant(weights)).tenant();
            String[] os = SampleNames.OPERATING_SYSTEMS.get(Math.min(random.nextInt(12), SampleNames.OPERATING_SYSTEMS.size() - 1));
            boolean server = os[0].contains("Server");
            String name = prefix(tenant) + "-" + (server ? "SRV" : os[0].startsWith("mac") ? "MAC" : random.nextBoolean() ? "LT" : "WS")
                    + "-" + String.format("%04d", i % 10_000);
            List<UUID> people = peopleByTenant.getOrDefault(tenant.id(), List.of());
            UUID primary = server || people.isEmpty() ? null : people.get(random.nextInt(people.size()));
            SampleFleet.Profile profile = profiles.getOrDefault(tenant.id(), SampleFleet.MSP);
            Computer computer = new Computer(uuid(), name, tenant.id(), serial(), uuid().toString(), os[0], os[1], lastSeen(),
                    primary, server ? List.of("server") : List.of(), fleet.inventory(profile), RecordMeta.created(now, actor));
            sink.computer(computer);
            sessions[0] += history.generate(computer, profile.lag(), sink::session);
            made++;
        }
        return made;
    }

    private static String prefix(Tenant tenant) {
        String letters = tenant.slug().replace("-", "").toUpperCase(Locale.ROOT);
        return letters.substring(0, Math.min(3, letters.length()));
    }

    private Instant lastSeen() {
        int roll = random.nextInt(100);
        if (roll < 55) {
            return now.minusSeconds(random.nextInt(600));
        }
        if (roll < 90) {
            return now.minus(Duration.ofMinutes(20 + random.nextInt(60 * 24 * 25)));
        }
        return now.minus(Duration.ofDays(31 + random.nextInt(200)));
    }

    private String serial() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        StringBuilder sb = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
