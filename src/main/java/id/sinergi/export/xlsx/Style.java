package id.sinergi.export.xlsx;

/**
 * The fixed styles of every export, written once into styles.xml; a cell names one. Each table style has a "late" twin
 * with a light red fill for overdue rows. Fonts, fills, borders and number formats are indexes into {@link StylesXml}.
 */
public enum Style {
    DEFAULT(0, 0, 0, 0, null, null, false),
    TITLE(2, 0, 0, 0, "center", "center", false),
    SUBTITLE(1, 0, 0, 0, "center", "center", true),
    LINE(0, 0, 0, 0, "left", "top", false),
    LABEL(1, 0, 0, 0, "left", "top", false),
    NOTE(4, 0, 0, 0, "left", "top", false),
    HEADER(1, 2, 1, 0, "center", "center", true),
    GROUP(1, 3, 1, 0, "left", "center", false),
    TEXT(0, 0, 1, 0, "left", "top", true),
    CENTER(0, 0, 1, 0, "center", "top", true),
    NUMBER(0, 0, 1, 0, "right", "top", false),
    INTEGER(0, 0, 1, StylesXml.THOUSANDS, "right", "top", false),
    DATE(0, 0, 1, StylesXml.DATE, "center", "top", false),
    PERCENT(0, 0, 1, StylesXml.PERCENT, "center", "top", false),
    TEXT_LATE(0, 4, 1, 0, "left", "top", true),
    CENTER_LATE(0, 4, 1, 0, "center", "top", true),
    NUMBER_LATE(0, 4, 1, 0, "right", "top", false),
    INTEGER_LATE(0, 4, 1, StylesXml.THOUSANDS, "right", "top", false),
    DATE_LATE(0, 4, 1, StylesXml.DATE, "center", "top", false),
    PERCENT_LATE(0, 4, 1, StylesXml.PERCENT, "center", "top", false),
    TOTAL_TEXT(1, 5, 1, 0, "left", "center", true),
    TOTAL_INTEGER(1, 5, 1, StylesXml.THOUSANDS, "right", "center", false),
    TOTAL_PERCENT(1, 5, 1, StylesXml.PERCENT, "center", "center", false),
    SIGN(0, 0, 0, 0, "center", "top", true),
    SIGN_NAME(3, 0, 0, 0, "center", "top", false),
    INFO_DATE(0, 0, 0, StylesXml.DATE, "left", "top", false),
    INFO_DATE_TIME(0, 0, 0, StylesXml.DATE_TIME, "left", "top", false);

    final int font;
    final int fill;
    final int border;
    final int numberFormat;
    final String horizontal;
    final String vertical;
    final boolean wrap;

    Style(int font, int fill, int border, int numberFormat, String horizontal, String vertical, boolean wrap) {
        this.font = font;
        this.fill = fill;
        this.border = border;
        this.numberFormat = numberFormat;
        this.horizontal = horizontal;
        this.vertical = vertical;
        this.wrap = wrap;
    }

    /** The twin with the overdue fill, or this style when it has none. */
    public Style late() {
        return switch (this) {
            case TEXT -> TEXT_LATE;
            case CENTER -> CENTER_LATE;
            case NUMBER -> NUMBER_LATE;
            case INTEGER -> INTEGER_LATE;
            case DATE -> DATE_LATE;
            case PERCENT -> PERCENT_LATE;
            default -> this;
        };
    }

    /** This style, or its overdue twin when {@code late}. */
    public Style late(boolean late) {
        return late ? late() : this;
    }
}
