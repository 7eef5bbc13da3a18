package id.sinergi.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordPrefixTest {

    @Test
    void the_range_ends_at_the_next_prefix_of_the_same_length_when_it_can() {
        assertThat(WordPrefix.of("paspor")).isEqualTo(new WordPrefix("paspor", "paspos"));
        assertThat(WordPrefix.of("2019")).isEqualTo(new WordPrefix("2019", "201a"));
        assertThat(WordPrefix.of("paspor").exact()).isTrue();
    }

    @Test
    void a_last_z_or_dot_carries_to_the_character_before_and_then_the_like_must_check() {
        assertThat(WordPrefix.of("kaz")).isEqualTo(new WordPrefix("kaz", "kb"));
        assertThat(WordPrefix.of("kaz").exact()).isFalse();
        assertThat(WordPrefix.of("36.04.")).isEqualTo(new WordPrefix("36.04.", "36.05"));
        assertThat(WordPrefix.of("zz")).isEqualTo(new WordPrefix("zz", null));
    }

    @Test
    void other_characters_give_no_range() {
        assertThat(WordPrefix.of("n'dao")).isNull();
        assertThat(WordPrefix.of("bekasé")).isNull();
        assertThat(WordPrefix.of("Paspor")).isNull();
        assertThat(WordPrefix.of("")).isNull();
    }
}
