/** The backup view. */
package id.sinergi.backup.ui;
