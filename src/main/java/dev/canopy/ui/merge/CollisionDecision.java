package dev.canopy.ui.merge;

import dev.canopy.domain.merge.Collision;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;

/** One collision of a merge plan and the technician's choice for it (the domain's default to begin with). */
public final class CollisionDecision {

    private final Collision collision;
    private final ObjectProperty<Collision.Choice> choice;

    CollisionDecision(Collision collision) {
        this.collision = collision;
        this.choice = new SimpleObjectProperty<>(collision.choices().get(0));
    }

    public String description() {
        return collision.description();
    }

    public List<Collision.Choice> choices() {
        return collision.choices();
    }

    public ObjectProperty<Collision.Choice> choiceProperty() {
        return choice;
    }

    String key() {
        return collision.key();
    }
}
