package coach.kaizen.app.picture;

import coach.kaizen.core.picture.DayMark;
import coach.kaizen.core.picture.Heatmap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Function;

/** A step's calendar: one small grid per month, a square per day, coloured by how the day went. */
public final class CalendarDrawing {

    private static final double CELL = 12;
    private static final double GAP = 2;
    /** The month's name, then a row of weekday letters above the squares. */
    private static final double NAME = 14;
    private static final double HEADER = NAME + CELL;

    private CalendarDrawing() {
    }

    /**
     * @param monthName the month as the page says it ("November 2026")
     * @param monthLabel the month's name for screen readers, with how its days went
     * @param dayName   a day and how it went, for the square's tooltip ("Mon 3 Nov: done")
     * @param locale    the page's language, for the weekday letters over the columns
     */
    public static String draw(Heatmap heatmap, Function<YearMonth, String> monthName,
            Function<Heatmap.Month, String> monthLabel, Function<LocalDate, String> dayName,
            Function<DayMark, String> markName, Locale locale) {
        String weekdays = weekdayLetters(heatmap.weekStart(), locale);
        // The figure's caption says what the whole calendar shows; each month says its own days.
        StringBuilder months = new StringBuilder("<div class=\"months\">");
        for (Heatmap.Month month : heatmap.months()) {
            double height = HEADER + month.weeks().size() * (CELL + GAP);
            months.append(Svg.open(7 * (CELL + GAP), height, "month", monthLabel.apply(month)))
                    .append("<text class=\"tick\" x=\"0\" y=\"10\">").append(Svg.text(monthName.apply(month.month())))
                    .append("</text>").append(weekdays);
            for (int row = 0; row < month.weeks().size(); row++) {
                for (Heatmap.Cell cell : month.weeks().get(row).days()) {
                    months.append("<rect class=\"mark-").append(cell.mark().name().toLowerCase(Locale.ROOT))
                            .append("\" x=\"").append(Svg.at(cell.column() * (CELL + GAP))).append("\" y=\"")
                            .append(Svg.at(HEADER + row * (CELL + GAP))).append("\" width=\"").append(Svg.at(CELL))
                            .append("\" height=\"").append(Svg.at(CELL)).append("\" rx=\"2\"><title>")
                            .append(Svg.text(dayName.apply(cell.day()) + ": " + markName.apply(cell.mark())))
                            .append("</title></rect>");
                }
            }
            months.append("</svg>");
        }
        return months.append("</div>").toString();
    }

    /** "M T W T F S S" over the columns; hidden from screen readers, which hear each square's own day. */
    private static String weekdayLetters(DayOfWeek weekStart, Locale locale) {
        StringBuilder letters = new StringBuilder("<g aria-hidden=\"true\">");
        for (int column = 0; column < 7; column++) {
            letters.append("<text class=\"tick weekday\" x=\"").append(Svg.at(column * (CELL + GAP) + CELL / 2))
                    .append("\" y=\"").append(Svg.at(NAME + CELL - 3)).append("\">")
                    .append(Svg.text(weekStart.plus(column).getDisplayName(TextStyle.NARROW, locale)))
                    .append("</text>");
        }
        return letters.append("</g>").toString();
    }
}
