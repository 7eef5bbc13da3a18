/** Download buttons and the export dialog (progress, cancel, server push) that the views of other features drop in. */
package id.sinergi.export.ui;
