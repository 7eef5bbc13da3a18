/** Message bundles and locale handling: Indonesian by default, English second. */
package id.sinergi.base.i18n;
