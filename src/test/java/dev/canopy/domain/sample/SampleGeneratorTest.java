package dev.canopy.domain.sample;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.deployment.Compliance;
import dev.canopy.domain.deployment.ComputerCompliance;
import dev.canopy.domain.deployment.ComputerContext;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentIndex;
import dev.canopy.domain.deployment.DeploymentResolver;
import dev.canopy.domain.deployment.LatestKnownVersions;
import dev.canopy.domain.deployment.TenantCompliance;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.session.MaintenanceSession;
import dev.canopy.domain.session.SessionStatus;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample looks like a real fleet: mostly compliant, failures in a few titles and clients, a believable history. */
class SampleGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final Collected SAMPLE = new Collected();
    private static SampleGenerator.Summary summary;

    private static final class Collected implements SampleSink {
        final Map<UUID, Tenant> tenants = new HashMap<>();
        final List<Computer> computers = new ArrayList<>();
        final List<Deployment> deployments = new ArrayList<>();
        final Set<UUID> optedOut = new HashSet<>();
        final List<MaintenanceSession> sessions = new ArrayList<>();
        final Set<UUID> computerIds = new HashSet<>();

        @Override
        public void tenant(Tenant tenant) {
            tenants.put(tenant.id(), tenant);
        }

        @Override
        public void person(Person person) {
        }

        @Override
        public void computer(Computer computer) {
            computers.add(computer);
            computerIds.add(computer.id());
        }

        @Override
        public void session(MaintenanceSession session) {
            // sessions come right after their computer
            if (!computerIds.contains(session.computerId())) {
                throw new AssertionError("a session came before its computer " + session.computerId());
            }
            sessions.add(session);
        }

        @Override
        public void schedule(MaintenanceSchedule schedule) {
        }

        @Override
        public void deployment(Deployment deployment) {
            deployments.add(deployment);
        }

        @Override
        public void preference(TenantPreference preference) {
            if (preference.key().equals("deployment.excludeFromCrossTenant") && preference.value().equals("true")) {
                optedOut.add(preference.tenantId());
            }
        }

        List<UUID> path(UUID tenantId) {
            LinkedList<UUID> path = new LinkedList<>();
            for (UUID t = tenantId; t != null; t = tenants.get(t).parentId()) {
                path.addFirst(t);
            }
            return path;
        }

        UUID client(UUID tenantId) {
            List<UUID> path = path(tenantId);
            return path.size() > 1 ? path.get(1) : path.get(0);
        }

        /** The sample sets the opt-out only as a client's own value, which its sub-tenants inherit. */
        boolean optsOut(UUID tenantId) {
            return path(tenantId).stream().anyMatch(optedOut::contains);
        }
    }

    @BeforeAll
    static void generate() {
        summary = new SampleGenerator(42, NOW, "sample").generate("Northwind IT Services", 400, 6_000, SAMPLE);
    }

    private static Map<Computer, ComputerCompliance> compliance() {
        LatestKnownVersions latest = new LatestKnownVersions();
        SAMPLE.computers.forEach(c -> latest.addAll(c.software()));
        DeploymentIndex index = DeploymentIndex.of(SAMPLE.deployments);
        Map<Computer, ComputerCompliance> out = new HashMap<>();
        for (Computer c : SAMPLE.computers) {
            ComputerContext context = ComputerContext.of(c, SAMPLE.path(c.tenantId()), SAMPLE::optsOut);
            out.put(c, Compliance.evaluate(c.software(), DeploymentResolver.resolve(context, index), latest));
        }
        return out;
    }

    @Test
    void mostComputersAreCompliantAndTheRestFailAFewTitles() {
        Map<Computer, ComputerCompliance> compliance = compliance();
        TenantCompliance fleet = TenantCompliance.of(compliance.values());
        assertThat(fleet.computers()).isEqualTo(6_000);
        assertThat(fleet.compliantShare()).isBetween(0.78, 0.92);

        // the failures are concentrated: the two worst titles hold most of them
        List<Integer> bySoftware = fleet.nonCompliantBySoftware().values().stream().sorted((a, b) -> b - a).toList();
        int failures = bySoftware.stream().mapToInt(Integer::intValue).sum();
        assertThat(bySoftware.get(0) + bySoftware.get(1)).isGreaterThan(failures * 6 / 10);
        assertThat(fleet.nonCompliantBySoftware()).containsKey("Google Chrome");
    }

    @Test
    void someClientsAreMuchWorseThanOthers() {
        Map<UUID, List<ComputerCompliance>> byClient = new HashMap<>();
        compliance().forEach((c, cc) -> byClient.computeIfAbsent(SAMPLE.client(c.tenantId()), k -> new ArrayList<>()).add(cc));
        List<Double> shares = byClient.entrySet().stream()
                .filter(e -> e.getValue().size() >= 20 && SAMPLE.tenants.get(e.getKey()).kind() == TenantKind.CLIENT)
                .map(e -> TenantCompliance.of(e.getValue()).compliantShare()).sorted().toList();
        assertThat(shares).hasSizeGreaterThan(20);
        double median = shares.get(shares.size() / 2);
        assertThat(median).isGreaterThan(0.85);
        // at least a few clients below two thirds compliant
        assertThat(shares.stream().filter(s -> s < 0.67).count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyComputerHasAPlausibleHistoryOfTheLastTwoMonths() {
        assertThat(summary.sessions()).isEqualTo(SAMPLE.sessions.size());
        Map<UUID, List<MaintenanceSession>> byComputer = SAMPLE.sessions.stream().collect(Collectors.groupingBy(MaintenanceSession::computerId));
        assertThat(byComputer).hasSize(SAMPLE.computers.size());
        assertThat(byComputer.values()).allSatisfy(list -> assertThat(list).hasSizeBetween(3, 5));
        Map<UUID, Computer> computers = SAMPLE.computers.stream().collect(Collectors.toMap(Computer::id, c -> c));
        for (MaintenanceSession s : SAMPLE.sessions) {
            Computer c = computers.get(s.computerId());
            assertThat(s.tenantId()).isEqualTo(c.tenantId());
            assertThat(s.started()).isBefore(NOW).isAfter(NOW.minus(Duration.ofDays(61)).minus(Duration.ofDays(231)));
            assertThat(s.summary()).isNotBlank();
            if (s.status() == SessionStatus.RUNNING) {
                assertThat(s.started()).isAfter(NOW.minus(Duration.ofHours(4)));
            } else {
                assertThat(s.duration().orElseThrow()).isBetween(Duration.ofMinutes(10), Duration.ofMinutes(90));
                // nothing ran after the computer was last seen
                assertThat(s.finished()).isBeforeOrEqualTo(c.lastSeen().plus(Duration.ofHours(6)));
            }
        }
        // computers seen lately have their history within the last 60 days
        assertThat(SAMPLE.sessions.stream().filter(s -> computers.get(s.computerId()).lastSeen().isAfter(NOW.minus(Duration.ofHours(1)))))
                .allSatisfy(s -> assertThat(s.started()).isAfter(NOW.minus(Duration.ofDays(61))));
    }

    @Test
    void sessionsAreMostlySucceededWithSomeFailuresAndAFewCancelledOrRunning() {
        Map<SessionStatus, Integer> mix = new EnumMap<>(SessionStatus.class);
        SAMPLE.sessions.forEach(s -> mix.merge(s.status(), 1, Integer::sum));
        double total = SAMPLE.sessions.size();
        assertThat(mix.get(SessionStatus.SUCCEEDED) / total).isBetween(0.78, 0.92);
        assertThat(mix.get(SessionStatus.FAILED) / total).isBetween(0.04, 0.15);
        assertThat(mix.get(SessionStatus.CANCELLED) / total).isBetween(0.01, 0.06);
        assertThat(mix.get(SessionStatus.RUNNING)).isBetween(5, (int) (total * 0.02));
        assertThat(SAMPLE.sessions).filteredOn(s -> s.status() == SessionStatus.FAILED).extracting(MaintenanceSession::summary)
                .contains("Windows Update 2024-11 cumulative failed: 0x800f0922 (insufficient space on the system reserved partition)",
                        "Reboot suppressed during business hours", "Agent lost contact during installation of Zoom 5.17");
    }

    @Test
    void theSameSeedGivesTheSameSample() {
        Collected again = new Collected();
        new SampleGenerator(42, NOW, "sample").generate("Northwind IT Services", 400, 6_000, again);
        assertThat(again.sessions).isEqualTo(SAMPLE.sessions);
        assertThat(again.computers).isEqualTo(SAMPLE.computers);
    }
}
