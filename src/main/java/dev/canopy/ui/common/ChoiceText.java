package dev.canopy.ui.common;

import javafx.util.StringConverter;

import java.util.function.Function;

/** How a choice box shows its choices: each choice in words; choices are picked, never typed back. */
public final class ChoiceText {

    private ChoiceText() {
    }

    /** {@code text} is asked about every choice, null (an "any" or "none" choice) included. */
    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }

    /** The same, with no choice (null) shown as empty. */
    public static <T> StringConverter<T> orEmpty(Function<T, String> text) {
        return of(value -> value == null ? "" : text.apply(value));
    }
}
