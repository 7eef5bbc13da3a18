package id.sinergi.dashboard;

/** A choice of the dashboard's Kanwil/province filter: a Kanwil (its abbreviation) and the province it covers. */
public record KanwilArea(String provinceCode, String provinceName, String kanwilAbbreviation) {
}
