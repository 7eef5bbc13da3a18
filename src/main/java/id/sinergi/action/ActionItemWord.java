package id.sinergi.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One word of an item's activity, output indicator or notes (the text filter's index, V0017); written by
 * {@link ActionItemWords}, mapped only so that the list queries can ask for it.
 */
@Entity
@Table(name = "action_item_word")
@IdClass(ActionItemWord.Key.class)
class ActionItemWord {

    @Id
    private String word;

    @Id
    @Column(name = "item_id")
    private Long itemId;

    protected ActionItemWord() {
    }

    static class Key implements Serializable {
        private String word;
        private Long itemId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(word, key.word) && Objects.equals(itemId, key.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(word, itemId);
        }
    }
}
