package dev.brief.core.house;

/** The paper size of the paginated editions, with its dimensions in PostScript points (1/72 inch). */
public enum PageSize {
    LETTER(612, 792),
    A4(595.276, 841.89);

    private final double widthInPoints;
    private final double heightInPoints;

    PageSize(double widthInPoints, double heightInPoints) {
        this.widthInPoints = widthInPoints;
        this.heightInPoints = heightInPoints;
    }

    public double widthInPoints() {
        return widthInPoints;
    }

    public double heightInPoints() {
        return heightInPoints;
    }
}
