package coach.kaizen.app.http;

import coach.kaizen.app.i18n.Texts;
import coach.kaizen.core.experiment.Window;
import coach.kaizen.core.session.Part;
import coach.kaizen.core.step.Sizing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;

/** How numbers and days read on a page, in the page's language ({@link Texts}). */
public final class Show {

    private Show() {
    }

    /** 0.4234 as "42%" ("42 %" in Spanish). */
    public static String percent(Texts texts, double share) {
        return texts.t("practice.comparison.percent", Math.round(share * 100));
    }

    /** 4.25 as "4.3" ("4,3" in Spanish): a mean, said with one decimal. */
    public static String mean(Texts texts, double value) {
        NumberFormat format = NumberFormat.getNumberInstance(texts.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** 2.5 as "2.5" ("2,5" in Spanish), 10.0 as "10": an amount as said, with up to three decimals. */
    public static String amount(Texts texts, double value) {
        NumberFormat format = NumberFormat.getNumberInstance(texts.locale());
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }

    /** A whole number, or "" for none. */
    public static String whole(Integer number) {
        return number == null ? "" : number.toString();
    }

    /**
     * 5.0 as "5", 2.5 as "2.5" ("2,5" in Spanish), null as "": the value of a form field, with the
     * language's decimal mark and never a thousands mark, so that it reads back as it was (Fields).
     */
    public static String number(Texts texts, Double number) {
        return number == null ? "" : field(texts, Sizing.plain(number));
    }

    /** Money as a form field: 4 as "4", 4.5 as "4.50" ("4,50" in Spanish), null as "". */
    public static String money(Texts texts, BigDecimal money) {
        if (money == null) {
            return "";
        }
        BigDecimal plain = money.stripTrailingZeros();
        BigDecimal shown = plain.scale() <= 0 ? plain.setScale(0) : money.setScale(2, RoundingMode.HALF_UP);
        return field(texts, shown.toPlainString());
    }

    private static String field(Texts texts, String plain) {
        return plain.replace('.', DecimalFormatSymbols.getInstance(texts.locale()).getDecimalSeparator());
    }

    /** A part of the daily session as its page calls it. */
    public static String part(Texts texts, Part part) {
        return texts.t("session.part." + part.code());
    }

    /** "7 days planned, Mon 2 Nov to Sun 8 Nov". */
    public static String dayRange(Texts texts, Window window) {
        // Days before a step began, or a trial stopped before its first day: no range to name.
        if (window.dueDays() == 0) {
            return texts.t("practice.comparison.noDays");
        }
        return texts.t("practice.comparison.dayRange", window.dueDays(), texts.shortDay(window.from()),
                texts.shortDay(window.to()));
    }

    /** "5 of 7 (71%)", the day counts always shown beside the share. */
    public static String doneOf(Texts texts, Window window) {
        Double completion = window.completion();
        if (completion == null && window.done() == 0) {
            return texts.t("practice.comparison.none");
        }
        return completion == null ? texts.t("practice.comparison.doneOf", window.done(), window.dueDays())
                : texts.t("practice.comparison.doneOfShare", window.done(), window.dueDays(), percent(texts, completion));
    }

    /** "2.5" ("2,5" in Spanish), rounded half up, or "not said". */
    public static String resistance(Texts texts, Window window) {
        Double mean = window.meanResistance();
        return mean == null ? texts.t("practice.comparison.notSaid")
                : texts.t("practice.comparison.meanResistance", BigDecimal.valueOf(mean).setScale(1, RoundingMode.HALF_UP));
    }
}
