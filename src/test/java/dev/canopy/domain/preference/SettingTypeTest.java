package dev.canopy.domain.preference;

import dev.canopy.domain.RuleViolation;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingTypeTest {

    private static final String KEY = "test.setting";

    private static String parse(SettingType type, String label, String raw) {
        return type.canonical(KEY, label, raw);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(SettingType type, String label, String raw, String message) {
        return assertThatThrownBy(() -> type.canonical(KEY, label, raw))
                .isInstanceOf(RuleViolation.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo(KEY));
    }

    @Test
    void booleansAreTrueOrFalseIgnoringCaseAndSpaces() {
        SettingType type = SettingType.bool();
        assertThat(parse(type, "Auto update", " TRUE ")).isEqualTo("true");
        assertThat(parse(type, "Auto update", "false")).isEqualTo("false");
        assertThat(parse(type, "Auto update", "Yes")).isEqualTo("true");
        assertThat(parse(type, "Auto update", "no")).isEqualTo("false");
        refused(type, "Auto update", "maybe", "Auto update must be true or false (got \"maybe\").");
        refused(type, "Auto update", "  ", "Auto update must be true or false (it is empty).");
        refused(type, "Auto update", null, "Auto update must be true or false (it is empty).");
        assertThat(type.display("true")).isEqualTo("Yes");
        assertThat(type.display("false")).isEqualTo("No");
        assertThat(type.kind()).isEqualTo(SettingType.Kind.BOOLEAN);
    }

    @Test
    void integersMustBeWholeNumbersInRange() {
        SettingType type = SettingType.integer(0, 1440, "minutes");
        assertThat(parse(type, "Prompt timeout", "60")).isEqualTo("60");
        assertThat(parse(type, "Prompt timeout", " +060 ")).isEqualTo("60");
        assertThat(parse(type, "Prompt timeout", "0")).isEqualTo("0");
        assertThat(parse(type, "Prompt timeout", "1440")).isEqualTo("1440");
        refused(type, "Prompt timeout", "abc", "Prompt timeout must be a whole number from 0 to 1440 (got \"abc\").");
        refused(type, "Prompt timeout", "1441", "Prompt timeout must be a whole number from 0 to 1440 (got \"1441\").");
        refused(type, "Prompt timeout", "-1", "Prompt timeout must be a whole number from 0 to 1440 (got \"-1\").");
        refused(type, "Prompt timeout", "2.5", "Prompt timeout must be a whole number from 0 to 1440 (got \"2.5\").");
        refused(type, "Prompt timeout", "99999999999999999999", "Prompt timeout must be a whole number from 0 to 1440 (got \"99999999999999999999\").");
        refused(type, "Prompt timeout", "", "Prompt timeout must be a whole number from 0 to 1440 (it is empty).");
        assertThat(type.display("60")).isEqualTo("60 minutes");
        assertThat(type.display("1")).isEqualTo("1 minute");
        assertThat(SettingType.integer(-5, 5).canonical(KEY, "Offset", "-5")).isEqualTo("-5");
        assertThatThrownBy(() -> SettingType.integer(5, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void choicesAcceptTheOptionOrItsLabelIgnoringCase() {
        SettingType type = SettingType.choice("NORMAL", "FORCE", "SUPPRESS", "IF_REQUIRED");
        assertThat(parse(type, "Reboot preference", "FORCE")).isEqualTo("FORCE");
        assertThat(parse(type, "Reboot preference", "force")).isEqualTo("FORCE");
        assertThat(parse(type, "Reboot preference", " If required ")).isEqualTo("IF_REQUIRED");
        assertThat(parse(type, "Reboot preference", "if-required")).isEqualTo("IF_REQUIRED");
        refused(type, "Reboot preference", "ALWAYS",
                "Reboot preference must be one of Normal, Force, Suppress, If required (got \"ALWAYS\").");
        assertThat(type.display("IF_REQUIRED")).isEqualTo("If required");
        assertThatThrownBy(() -> SettingType.choice()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SettingType.choice("A", "A")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SettingType.choice("lower")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeRangesAreHoursAndMinutesWithTheStartBeforeTheEnd() {
        SettingType type = SettingType.timeRange();
        assertThat(parse(type, "Business hours", "08:00-18:00")).isEqualTo("08:00-18:00");
        assertThat(parse(type, "Business hours", " 8:30 – 17:05 ")).isEqualTo("08:30-17:05");
        assertThat(parse(type, "Business hours", "00:00-23:59")).isEqualTo("00:00-23:59");
        refused(type, "Business hours", "18:00-08:00", "Business hours must start before it ends (got \"18:00-08:00\").");
        refused(type, "Business hours", "09:00-09:00", "Business hours must start before it ends (got \"09:00-09:00\").");
        refused(type, "Business hours", "8-18", "Business hours must be a time range such as 08:00-18:00 (got \"8-18\").");
        refused(type, "Business hours", "08:00-24:00", "Business hours must be a time range such as 08:00-18:00 (got \"08:00-24:00\").");
        refused(type, "Business hours", "08:60-18:00", "Business hours must be a time range such as 08:00-18:00 (got \"08:60-18:00\").");
        refused(type, "Business hours", "", "Business hours must be a time range such as 08:00-18:00 (it is empty).");
        assertThat(type.display("08:00-18:00")).isEqualTo("08:00–18:00");

        TimeRange range = TimeRange.parse("08:00-18:00");
        assertThat(range).isEqualTo(new TimeRange(LocalTime.of(8, 0), LocalTime.of(18, 0)));
        assertThat(range.contains(LocalTime.of(8, 0))).isTrue();
        assertThat(range.contains(LocalTime.of(17, 59))).isTrue();
        assertThat(range.contains(LocalTime.of(18, 0))).isFalse();
        assertThat(range.canonical()).isEqualTo("08:00-18:00");
    }

    @Test
    void computerListsAreUuidsAndMayBeEmpty() {
        SettingType type = SettingType.computerList();
        UUID a = UUID.fromString("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        UUID b = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertThat(parse(type, "Excluded computers", "")).isEmpty();
        assertThat(parse(type, "Excluded computers", " , ")).isEmpty();
        assertThat(parse(type, "Excluded computers", " 3F2504E0-4F89-41D3-9A0C-0305E82C3301 ,\n" + b + ", " + a))
                .isEqualTo(a + "," + b);
        refused(type, "Excluded computers", a + ",PC-042",
                "\"PC-042\" is not a valid computer id (expected a UUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301).");
        refused(type, "Excluded computers", "1-2-3-4-5",
                "\"1-2-3-4-5\" is not a valid computer id (expected a UUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301).");
        assertThat(SettingType.ComputerListType.ids(a + "," + b)).containsExactly(a, b);
        assertThat(SettingType.ComputerListType.ids("")).isEmpty();
        assertThat(type.display("")).isEqualTo("None");
        assertThat(type.display(a.toString())).isEqualTo("1 computer");
        assertThat(type.display(a + "," + b)).isEqualTo("2 computers");
    }

    @Test
    void emailListsAreValidDistinctAddressesAndMayBeEmpty() {
        SettingType type = SettingType.emailList();
        assertThat(parse(type, "Bcc", "")).isEmpty();
        assertThat(parse(type, "Bcc", " bob@acme.example ; Desk.Team+it@mail.northwind.co.uk,")).isEqualTo("bob@acme.example,Desk.Team+it@mail.northwind.co.uk");
        refused(type, "Bcc", "alice@acme.example, bob@", "\"bob@\" is not a valid e-mail address.");
        refused(type, "Bcc", "@acme.example", "\"@acme.example\" is not a valid e-mail address.");
        refused(type, "Bcc", "bob@acme", "\"bob@acme\" is not a valid e-mail address.");
        refused(type, "Bcc", "bob..smith@acme.example", "\"bob..smith@acme.example\" is not a valid e-mail address.");
        refused(type, "Bcc", "bob@-acme.example", "\"bob@-acme.example\" is not a valid e-mail address.");
        refused(type, "Bcc", "bob@acme.example, BOB@Acme.example", "\"BOB@Acme.example\" is listed more than once.");
        refused(type, "Bcc", "x".repeat(65) + "@acme.example",
                "\"" + "x".repeat(59) + "…\" is not a valid e-mail address.");
        assertThat(SettingType.EmailListType.addresses("a@b.example,c@d.example")).containsExactly("a@b.example", "c@d.example");
        assertThat(type.display("a@b.example,c@d.example")).isEqualTo("a@b.example, c@d.example");
        assertThat(type.display("")).isEqualTo("None");
    }

    @Test
    void textIsTrimmedAndLimited() {
        SettingType type = SettingType.text(10);
        assertThat(parse(type, "Welcome message", "  Hello  ")).isEqualTo("Hello");
        assertThat(parse(type, "Welcome message", "x".repeat(10))).hasSize(10);
        refused(type, "Welcome message", "x".repeat(11), "Welcome message is 11 characters; at most 10 are allowed.");
        assertThat(type.display("")).isEqualTo("None");
        assertThatThrownBy(() -> SettingType.text(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void patternsMustCompileAndMayBeEmpty() {
        SettingType type = SettingType.regex();
        assertThat(parse(type, "Naming rule", "")).isEmpty();
        assertThat(parse(type, "Naming rule", " ^[A-Z].*$ ")).isEqualTo("^[A-Z].*$");
        // the reason itself is the JDK's wording, so only its frame is pinned down
        assertThatThrownBy(() -> parse(type, "Naming rule", "[a-")).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("\"[a-\" is not a valid pattern: ").hasMessageEndingWith(" at position 4.")
                .extracting("field").isEqualTo(KEY);
        refused(type, "Naming rule", "x".repeat(501), "Naming rule is 501 characters; at most 500 are allowed.");
    }

    @Test
    void listItemsOfCanonicalValues() {
        assertThat(SettingType.items("")).isEmpty();
        assertThat(SettingType.items("a,b")).containsExactly("a", "b");
        assertThat(SettingType.ChoiceType.label("IF_REQUIRED")).isEqualTo("If required");
    }

    @Property
    void canonicalValuesAreTheirOwnCanonicalForm(@ForAll @IntRange(min = -50, max = 2000) int number,
                                                 @ForAll @IntRange(min = 0, max = 1438) int startMinute) {
        String integer = " +" + number + " ";
        SettingType integers = SettingType.integer(0, 1440);
        if (number >= 0 && number <= 1440) {
            String once = parse(integers, "n", integer);
            assertThat(once).isEqualTo(Integer.toString(number));
            assertThat(parse(integers, "n", once)).isEqualTo(once);
        } else {
            assertThatThrownBy(() -> parse(integers, "n", integer)).isInstanceOf(RuleViolation.class);
        }
        int end = startMinute + 1;
        String range = (startMinute / 60) + ":" + String.format("%02d", startMinute % 60) + " - " + (end / 60) + ":" + String.format("%02d", end % 60);
        String once = parse(SettingType.timeRange(), "r", range);
        assertThat(parse(SettingType.timeRange(), "r", once)).isEqualTo(once);
        assertThat(TimeRange.parse(once).canonical()).isEqualTo(once);
    }
}
