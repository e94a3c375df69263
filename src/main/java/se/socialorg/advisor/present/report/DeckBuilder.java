package se.socialorg.advisor.present.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.FollowUp;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.store.report.Deck;
import se.socialorg.advisor.store.report.ReportDocument;
import se.socialorg.advisor.store.report.ReportDocument.Block;
import se.socialorg.advisor.store.report.ReportDocument.Bullets;
import se.socialorg.advisor.store.report.ReportDocument.Chart;
import se.socialorg.advisor.store.report.ReportDocument.Image;
import se.socialorg.advisor.store.report.ReportDocument.Paragraph;
import se.socialorg.advisor.store.report.ReportDocument.Section;
import se.socialorg.advisor.store.report.ReportDocument.Subheading;
import se.socialorg.advisor.store.report.ReportDocument.Table;

/**
 * The board deck of a scenario (issue 19): the executive summary, the scores split by goal,
 * sensitivity, robustness, the projection and the action plan, taken from the very report the
 * PDF prints ({@link ReportBuilder}), so the deck and the PDF say the same thing in the same
 * words and pictures. No JavaFX here.
 */
public final class DeckBuilder {

  /** Slides of a deck: the title slide and seven content slides. */
  public static final int SLIDES = 8;

  private final ReportBuilder report;
  private final FigurePictures pictures;

  /**
   * @param pictures paints the report's charts as the deck's pictures
   */
  public DeckBuilder(ReportBuilder report, FigurePictures pictures) {
    this.report = Objects.requireNonNull(report);
    this.pictures = Objects.requireNonNull(pictures);
  }

  /** The deck of {@code scenario} in {@code i18n}'s language. */
  public Deck build(Scenario scenario, FollowUp followUp, I18n i18n,
      ReportBuilder.Progress progress) throws InterruptedException {
    return of(report.build(scenario, followUp, i18n, progress), i18n, pictures);
  }

  /** The deck's slides made from a finished report. */
  static Deck of(ReportDocument doc, I18n i18n, FigurePictures pictures)
      throws InterruptedException {
    Slides s = new Slides(pictures);
    return s.deck(doc, i18n);
  }

  /** Turns the report's sections into slides, its charts into pictures. */
  private static final class Slides {
    private final FigurePictures pictures;

    Slides(FigurePictures pictures) {
      this.pictures = pictures;
    }

    Deck deck(ReportDocument doc, I18n i18n) throws InterruptedException {
      List<Deck.Slide> slides = new ArrayList<>();
      slides.add(slide(i18n.t("advice.summary.title"), doc.summary().stream()
          .filter(b -> !(b instanceof Subheading s
              && s.text().equals(i18n.t("advice.summary.title"))))
          .toList()));
      slides.add(slide(section(doc, i18n, "report.section.ranking")));
      slides.add(slide(section(doc, i18n, "wizard.result.tab.sensitivity")));
      slides.add(slide(section(doc, i18n, "wizard.result.chart.acceptability")));
      Section projection = section(doc, i18n, "wizard.result.tab.projection");
      slides.add(slide(projection.heading(), projection.blocks().stream()
          .filter(b -> !(b instanceof Table)).toList()));
      slides.add(slide(i18n.t("deck.projection.figures"), projection.blocks().stream()
          .filter(b -> b instanceof Table || b == projection.blocks().get(0)).toList()));
      slides.add(plan(section(doc, i18n, "plan.title"), i18n));
      return new Deck(doc.language(), doc.title(), doc.titleLines(), doc.highlight(),
          String.join(" \u00b7 ",
              doc.titleLines().subList(0, Math.min(2, doc.titleLines().size()))),
          slides);
    }

    /** The report's section whose heading is the text of {@code key}. */
    private static Section section(ReportDocument doc, I18n i18n, String key) {
      String heading = i18n.t(key);
      return doc.sections().stream().filter(s -> s.heading().equals(heading)).findFirst()
          .orElseThrow(() -> new IllegalStateException("The report has no section " + key));
    }

    private Deck.Slide slide(Section s) throws InterruptedException {
      return slide(s.heading(), s.blocks());
    }

    /**
     * A slide of blocks: the first picture and the first table as they are, the rest as text; a
     * picture's caption follows the text in small print and describes the picture.
     */
    private Deck.Slide slide(String title, List<Block> blocks) throws InterruptedException {
      List<Deck.Text> text = new ArrayList<>();
      List<Deck.Text> captions = new ArrayList<>();
      Table table = null;
      Deck.Picture picture = null;
      for (Block b : blocks) {
        if (b instanceof Subheading s) {
          text.add(new Deck.Text(Deck.Kind.HEADING, s.text()));
        } else if (b instanceof Paragraph p) {
          text.add(new Deck.Text(p.small() ? Deck.Kind.SMALL : Deck.Kind.PARAGRAPH, p.text()));
        } else if (b instanceof Bullets list) {
          list.items().forEach(i -> text.add(new Deck.Text(Deck.Kind.BULLET, i)));
        } else if (b instanceof Table t && table == null) {
          table = t;
        } else if (b instanceof Image im && picture == null) {
          picture = new Deck.Picture(im.png(), im.caption().isEmpty() ? title : im.caption());
          if (!im.caption().isEmpty()) {
            captions.add(new Deck.Text(Deck.Kind.SMALL, im.caption()));
          }
        } else if (b instanceof Chart c && picture == null) {
          picture = new Deck.Picture(pictures.png(c.figure()),
              c.caption().isEmpty() ? title : c.caption());
          if (!c.caption().isEmpty()) {
            captions.add(new Deck.Text(Deck.Kind.SMALL, c.caption()));
          }
        }
      }
      text.addAll(captions);
      return new Deck.Slide(title, text, table, picture);
    }

    /** The action plan as a table: each part of the plan and what to do. */
    private Deck.Slide plan(Section s, I18n i18n) {
      List<Deck.Text> text = new ArrayList<>();
      List<List<String>> rows = new ArrayList<>();
      String part = null;
      for (Block b : s.blocks()) {
        if (b instanceof Subheading h) {
          part = h.text();
        } else if (b instanceof Paragraph p && part != null) {
          rows.add(List.of(part, p.text()));
          part = null;
        } else if (b instanceof Paragraph p) {
          text.add(new Deck.Text(Deck.Kind.PARAGRAPH, p.text()));
        }
      }
      Table table = new Table(List.of(i18n.t("deck.plan.part"), i18n.t("deck.plan.what")), rows,
          List.of(1.0, 3.6));
      return new Deck.Slide(s.heading(), text, table, null);
    }
  }
}
