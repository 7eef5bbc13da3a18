/**
 * A small streaming .xlsx writer: rows go straight into the zip as sheet XML (no temporary files, no per-cell objects),
 * every text is an inline string (never a formula), with a fixed set of styles and print setup.
 */
package id.sinergi.export.xlsx;
