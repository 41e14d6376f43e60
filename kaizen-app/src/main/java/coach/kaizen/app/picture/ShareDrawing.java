package coach.kaizen.app.picture;

import java.util.List;

/**
 * Shares side by side as bars across a track from none to all: the days before a change beside the
 * days after it. Each bar is named above its left end and its share is said above its right end.
 */
public final class ShareDrawing {

    private static final double WIDTH = 300;
    private static final double ROW = 36;
    private static final double WORDS = 16;
    private static final double BAR = 12;

    private ShareDrawing() {
    }

    /**
     * One bar.
     *
     * @param share 0 to 1, or null when there was nothing to share out: its track is left empty
     * @param value the share as the page says it ("43%", or "–")
     */
    public record Share(String css, String name, Double share, String value) {
    }

    /** The drawing, named by {@code label} for screen readers. */
    public static String draw(String label, List<Share> shares) {
        StringBuilder svg = new StringBuilder(Svg.open(WIDTH, shares.size() * ROW, "shares", label));
        for (int i = 0; i < shares.size(); i++) {
            Share share = shares.get(i);
            double top = i * ROW;
            double filled = share.share() == null ? 0 : Math.min(1, Math.max(0, share.share())) * WIDTH;
            svg.append("<text class=\"tick\" x=\"0\" y=\"").append(Svg.at(top + WORDS - 2)).append("\">")
                    .append(Svg.text(share.name())).append("</text>")
                    .append("<text class=\"tick\" x=\"").append(Svg.at(WIDTH)).append("\" y=\"")
                    .append(Svg.at(top + WORDS - 2)).append("\" text-anchor=\"end\">").append(Svg.text(share.value()))
                    .append("</text>")
                    .append("<rect class=\"track\" x=\"0\" y=\"").append(Svg.at(top + WORDS)).append("\" width=\"")
                    .append(Svg.at(WIDTH)).append("\" height=\"").append(Svg.at(BAR)).append("\" rx=\"2\"/>")
                    .append("<rect class=\"share ").append(share.css()).append("\" x=\"0\" y=\"")
                    .append(Svg.at(top + WORDS)).append("\" width=\"").append(Svg.at(filled)).append("\" height=\"")
                    .append(Svg.at(BAR)).append("\" rx=\"2\"/>");
        }
        return svg.append("</svg>").toString();
    }
}
