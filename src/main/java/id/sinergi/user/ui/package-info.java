/** User administration views. */
package id.sinergi.user.ui;
