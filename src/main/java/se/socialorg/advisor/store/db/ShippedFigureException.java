package se.socialorg.advisor.store.db;

/** A shipped figure cannot be changed or deleted; override it instead. */
public final class ShippedFigureException extends IllegalStateException {

  /** The i18n key of the user-facing message. */
  public static final String MESSAGE_KEY = "library.figure.error.shipped";

  private final long figureId;

  public ShippedFigureException(long figureId) {
    super("Shipped figure " + figureId + " is read-only; override it instead");
    this.figureId = figureId;
  }

  public long figureId() {
    return figureId;
  }
}
