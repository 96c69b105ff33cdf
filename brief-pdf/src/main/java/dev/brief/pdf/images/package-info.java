/**
 * Images of a brief (figures, the house logo) read once per file and embedded as PDF/A-2 allows: PNG and
 * JPEG as they are, a CMYK JPEG in a form the sRGB output intent admits. {@link dev.brief.pdf.images.ImageLoader}
 * is what the layout stage asks for an image; a file that cannot be embedded is reported as
 * {@link dev.brief.pdf.UnusableImageException}, naming the figure.
 */
package dev.brief.pdf.images;
