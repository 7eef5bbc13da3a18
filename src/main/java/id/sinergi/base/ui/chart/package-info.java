/** A small chart component (Chart.js from npm) with a typed Java API, patterns besides colours and a data table. */
package id.sinergi.base.ui.chart;
