/** Desa Binaan roster, assignment and activity dialogs, quarterly totals. */
package id.sinergi.desabinaan.ui;
