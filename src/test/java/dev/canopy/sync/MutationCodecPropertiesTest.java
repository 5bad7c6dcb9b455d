package dev.canopy.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.SaveRecord;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.deployment.DeploymentOrder;
import dev.canopy.domain.deployment.DeploymentScope;
import dev.canopy.domain.deployment.DesiredState;
import dev.canopy.domain.deployment.Enforcement;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.domain.schedule.TargetKind;
import dev.canopy.domain.tenant.ExternalRef;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beyond the hand-made samples: any values a record can hold (any text, edge numbers, instants to the nanosecond,
 * any subset of a tenant's fields changed) travel through JSON text and decode to the same command.
 */
class MutationCodecPropertiesTest {

    private static final ObjectMapper HTTP = new ObjectMapper();

    private final MutationCodec codec = new MutationCodec();

    @Property(tries = 300)
    void tenantUpdatesWithAnyChangedFields(@ForAll("updates") UpdateTenant update) throws Exception {
        assertThat(travelled(update)).isEqualTo(update);
    }

    @Property(tries = 300)
    void schedulesOfAnyShape(@ForAll("schedules") MaintenanceSchedule schedule) throws Exception {
        Command save = new SaveRecord<>(ScheduleKind.INSTANCE, schedule);
        assertThat(travelled(save)).isEqualTo(save);
    }

    @Property(tries = 300)
    void deploymentsOfAnyShape(@ForAll("deployments") Deployment deployment) throws Exception {
        Command save = new SaveRecord<>(DeploymentKind.INSTANCE, deployment);
        assertThat(travelled(save)).isEqualTo(save);
    }

    @Property(tries = 300)
    void peopleOfAnyShape(@ForAll("people") Person person) throws Exception {
        Command save = new SaveRecord<>(PersonKind.INSTANCE, person);
        assertThat(travelled(save)).isEqualTo(save);
    }

    /** argsOf, JSON as the HTTP body carries it (UTF-8 bytes), parsed back, decoded. */
    private Command travelled(Command command) throws Exception {
        byte[] body = HTTP.writeValueAsBytes(codec.argsOf(command));
        Map<String, Object> args = HTTP.readValue(body, new TypeReference<>() {
        });
        return codec.decode(command.mutationName(), args);
    }

    @Provide
    Arbitrary<UpdateTenant> updates() {
        Arbitrary<String> maybeText = text().injectNull(0.5);
        Arbitrary<UUID> maybeParent = uuids().injectNull(0.5);
        Arbitrary<List<String>> maybeTags = text().list().ofMaxSize(4).injectNull(0.5);
        Arbitrary<List<dev.canopy.domain.tenant.ExternalRef>> maybeRefs = Combinators.combine(text(), text())
                .as(dev.canopy.domain.tenant.ExternalRef::new).list().ofMaxSize(3).injectNull(0.5);
        return Combinators.combine(uuids(), maybeText, maybeText, maybeParent, maybeText, maybeTags, maybeRefs)
                .as((id, name, description, parent, zone, tags, refs) -> new UpdateTenant(id,
                        new TenantChanges(name, description, parent, zone, tags, refs)));
    }

    @Provide
    Arbitrary<MaintenanceSchedule> schedules() {
        Arbitrary<ScheduleTarget> targets = Combinators.combine(Arbitraries.of(TargetKind.class), text(), uuids().list().ofMaxSize(3))
                .as(ScheduleTarget::new);
        Arbitrary<Integer> ints = Arbitraries.integers().between(Integer.MIN_VALUE, Integer.MAX_VALUE).edgeCases(e -> e.includeOnly(0, -1, Integer.MAX_VALUE));
        Arbitrary<Boolean> bools = Arbitraries.of(true, false);
        return Combinators.combine(uuids(), uuids(), text(), text(), ints, text(), bools, targets)
                .flatAs((id, tenant, name, cron, window, zone, useComputerZone, target) ->
                        Combinators.combine(bools, Arbitraries.of(RebootPreference.class), ints, bools, bools, bools, metas())
                                .as((propagate, reboot, prompt, consent, suppress, enabled, meta) -> new MaintenanceSchedule(id, tenant,
                                        name, cron, window, zone, useComputerZone, target, propagate, reboot, prompt, consent, suppress,
                                        enabled, meta)));
    }

    @Provide
    Arbitrary<Deployment> deployments() {
        Arbitrary<Boolean> bools = Arbitraries.of(true, false);
        return Combinators.combine(uuids(), uuids(), text(), Arbitraries.of(DesiredState.class), text(), Arbitraries.of(Enforcement.class),
                        Arbitraries.of(DeploymentScope.class), bools)
                .flatAs((id, owner, software, state, version, enforcement, scope, children) ->
                        Combinators.combine(uuids().list().ofMaxSize(3), text(), Arbitraries.of(DeploymentOrder.class), bools, metas())
                                .as((computers, tag, order, enabled, meta) -> new Deployment(id, owner, software, state, version,
                                        enforcement, scope, children, computers, tag, order, enabled, meta)));
    }

    @Provide
    Arbitrary<Person> people() {
        Arbitrary<List<ExternalRef>> refs = Combinators.combine(text(), text()).as(ExternalRef::new).list().ofMaxSize(2);
        return Combinators.combine(uuids(), uuids(), text(), text(), Arbitraries.of(Role.class).injectNull(0.3),
                        Arbitraries.of(true, false), refs, metas())
                .as(Person::new);
    }

    private static Arbitrary<RecordMeta> metas() {
        Arbitrary<Instant> instants = Combinators.combine(
                        Arbitraries.longs().between(Instant.parse("1970-01-01T00:00:00Z").getEpochSecond(), Instant.parse("2200-01-01T00:00:00Z").getEpochSecond()),
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
        return Combinators.combine(Arbitraries.longs().between(0, Long.MAX_VALUE), instants, text(), Arbitraries.of(true, false))
                .as(RecordMeta::new);
    }

    private static Arbitrary<UUID> uuids() {
        return Arbitraries.randomValue(random -> new UUID(random.nextLong(), random.nextLong()));
    }

    /** Any text, including quotes, backslashes, control characters and a character outside the BMP. */
    private static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                // below the surrogates: a lone surrogate is no text and cannot be sent as UTF-8
                Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(20),
                Arbitraries.strings().withChars("\"\\\n\t\u0000/{}[]:,é€").ofMaxLength(8),
                Arbitraries.of("", " ", "😀 Ünïcødé", "null", "0"));
    }
}
