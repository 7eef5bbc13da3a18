/** Demo data for the first start in demo mode: realistic agencies, offices, villages and accounts, no real persons. */
package id.sinergi.demo;
