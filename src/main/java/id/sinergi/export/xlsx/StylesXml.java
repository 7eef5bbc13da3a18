package id.sinergi.export.xlsx;

import java.util.Locale;

/** Writes styles.xml for {@link Style}: dates in the reader's language through Excel's locale prefix. */
final class StylesXml {

    static final int DATE = 164;
    static final int DATE_TIME = 165;
    static final int PERCENT = 9;
    static final int THOUSANDS = 166;
    /** Excel's locale ids: Indonesian (0421) and English, United Kingdom (0809): month names (and in LibreOffice the
     * thousands separator) follow the reader. */
    private static final String INDONESIAN_PREFIX = "[$-421]";
    private static final String ENGLISH_PREFIX = "[$-809]";

    private static final String[] FONTS = {
        "<font><sz val=\"10\"/><name val=\"Arial\"/><family val=\"2\"/></font>",
        "<font><b/><sz val=\"10\"/><name val=\"Arial\"/><family val=\"2\"/></font>",
        "<font><b/><sz val=\"13\"/><name val=\"Arial\"/><family val=\"2\"/></font>",
        "<font><b/><u/><sz val=\"10\"/><name val=\"Arial\"/><family val=\"2\"/></font>",
        "<font><i/><sz val=\"9\"/><name val=\"Arial\"/><family val=\"2\"/></font>",
    };
    private static final String[] FILL_COLORS = {null, null, "FFD9D9D9", "FFDDEBF7", "FFFCE4D6", "FFF2F2F2"};

    private StylesXml() {
    }

    static String of(Locale locale) {
        String prefix = "en".equals(locale.getLanguage()) ? ENGLISH_PREFIX : INDONESIAN_PREFIX;
        StringBuilder xml = new StringBuilder(4096);
        xml.append(XlsxWriter.XML_HEADER)
                .append("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                .append("<numFmts count=\"3\">")
                .append("<numFmt numFmtId=\"").append(DATE).append("\" formatCode=\"").append(prefix)
                .append("d mmmm yyyy\"/>")
                .append("<numFmt numFmtId=\"").append(DATE_TIME).append("\" formatCode=\"").append(prefix)
                .append("d mmmm yyyy hh:mm\"/>")
                .append("<numFmt numFmtId=\"").append(THOUSANDS).append("\" formatCode=\"").append(prefix)
                .append("#,##0\"/>")
                .append("</numFmts>");
        xml.append("<fonts count=\"").append(FONTS.length).append("\">");
        for (String font : FONTS) {
            xml.append(font);
        }
        xml.append("</fonts><fills count=\"").append(FILL_COLORS.length).append("\">")
                .append("<fill><patternFill patternType=\"none\"/></fill>")
                .append("<fill><patternFill patternType=\"gray125\"/></fill>");
        for (int i = 2; i < FILL_COLORS.length; i++) {
            xml.append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"").append(FILL_COLORS[i])
                    .append("\"/><bgColor indexed=\"64\"/></patternFill></fill>");
        }
        xml.append("</fills><borders count=\"2\">")
                .append("<border><left/><right/><top/><bottom/><diagonal/></border>")
                .append("<border>");
        for (String side : new String[] {"left", "right", "top", "bottom"}) {
            xml.append('<').append(side).append(" style=\"thin\"><color indexed=\"64\"/></").append(side).append('>');
        }
        xml.append("<diagonal/></border></borders>")
                .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
                .append("<cellXfs count=\"").append(Style.values().length).append("\">");
        for (Style style : Style.values()) {
            xml.append("<xf numFmtId=\"").append(style.numberFormat).append("\" fontId=\"").append(style.font)
                    .append("\" fillId=\"").append(style.fill).append("\" borderId=\"").append(style.border)
                    .append("\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\"");
            if (style.horizontal == null) {
                xml.append("/>");
                continue;
            }
            xml.append(" applyAlignment=\"1\"><alignment horizontal=\"").append(style.horizontal)
                    .append("\" vertical=\"").append(style.vertical).append('"')
                    .append(style.wrap ? " wrapText=\"1\"" : "").append("/></xf>");
        }
        xml.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
                .append("</styleSheet>");
        return xml.toString();
    }
}
