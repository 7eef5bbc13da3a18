package id.sinergi.dashboard;

/**
 * The headline figures: action items due in the period by status, meetings held in the period, villages fostered now
 * (active Desa Binaan) and village activities with their participants in the current quarter.
 */
public record Headline(StatusCounts items, long meetingsHeld, long villagesFostered, long activitiesThisQuarter,
                       long participantsThisQuarter) {
}
