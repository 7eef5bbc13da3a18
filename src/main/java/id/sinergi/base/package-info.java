/** What every feature shares: the layout, message bundles, error handling and demo data mechanism. */
package id.sinergi.base;
