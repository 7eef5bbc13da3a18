package id.sinergi.action;

import jakarta.persistence.PostUpdate;

/**
 * Keeps the word index's copy of an item's due date, status and strategy (V0020) equal to the item's, whichever service
 * changed them (a progress update, closing, reopening, an approved extension, an edit of the plan): Hibernate calls it
 * after it wrote any change of an item, in the same transaction, and Spring gives it the word index.
 */
class ActionItemWordFollower {

    private final ActionItemWords words;

    ActionItemWordFollower(ActionItemWords words) {
        this.words = words;
    }

    @PostUpdate
    void written(ActionItem item) {
        words.follow(item);
    }
}
