package id.sinergi.export.xlsx;

/**
 * What a sheet needs before its first row: column widths (in characters), how many top rows stay frozen on screen, and
 * the print setup (A4, landscape or portrait, fitted to the page width, page numbers in the footer).
 *
 * @param footer the footer text with Excel's codes ({@code &P} page, {@code &N} pages), or null for none
 */
public record SheetLayout(double[] columnWidths, int frozenRows, boolean landscape, String footer) {

    public SheetLayout {
        columnWidths = columnWidths.clone();
    }
}
