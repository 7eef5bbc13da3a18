/** Regions (Wilayah) by Kemendagri code: import, search and picker. */
package id.sinergi.region;
