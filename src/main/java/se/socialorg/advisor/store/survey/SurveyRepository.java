package se.socialorg.advisor.store.survey;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.socialorg.advisor.model.Readiness;
import se.socialorg.advisor.model.SurveyResponse;
import se.socialorg.advisor.model.SurveySummary;
import se.socialorg.advisor.store.db.Database;

/** The imported surveys: list, rename, delete, the one a scenario links to, responses, summaries and readiness. Off the FX thread. */
public final class SurveyRepository {

  private final Database db;

  public SurveyRepository(Database db) {
    this.db = Objects.requireNonNull(db);
  }

  /** All surveys, newest first. */
  public List<SurveyInfo> list() {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, name, source_file, imported_at, respondents, uid FROM survey"
                      + " ORDER BY imported_at DESC, id DESC")) {
            return infos(ps);
          }
        });
  }

  public Optional<SurveyInfo> find(long surveyId) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, name, source_file, imported_at, respondents, uid FROM survey"
                      + " WHERE id = ?")) {
            ps.setLong(1, surveyId);
            return infos(ps).stream().findFirst();
          }
        });
  }

  /** Deletes a survey and its responses; returns whether it existed. */
  public boolean delete(long surveyId) {
    return db.write(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("DELETE FROM survey WHERE id = ?")) {
            ps.setLong(1, surveyId);
            return ps.executeUpdate() > 0;
          }
        });
  }

  /**
   * Gives a survey a new name; returns whether it existed.
   *
   * @throws IllegalArgumentException when the name is blank or longer than 200 characters
   */
  public boolean rename(long surveyId, String newName) {
    String n = newName == null ? "" : newName.strip();
    if (n.isEmpty() || n.length() > 200) {
      throw new IllegalArgumentException("A survey name needs 1 to 200 characters");
    }
    return db.write(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("UPDATE survey SET name = ? WHERE id = ?")) {
            ps.setString(1, n);
            ps.setLong(2, surveyId);
            return ps.executeUpdate() > 0;
          }
        });
  }

  /**
   * The survey a scenario's readiness figures come from: by its own id when the scenario has one
   * (so a renamed survey is still found), else by name (files written before surveys had ids).
   */
  public Optional<SurveyInfo> linkedTo(Readiness readiness) {
    if (!readiness.fromSurvey()) {
      return Optional.empty();
    }
    return list().stream().filter(s -> s.usedBy(readiness)).findFirst();
  }

  /** The stored responses in file order. */
  public List<SurveyResponse> responses(long surveyId) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT department, role, technical_expert, active, willingness, network_size,"
                      + " posts_per_month FROM survey_response WHERE survey_id = ? ORDER BY id")) {
            ps.setLong(1, surveyId);
            List<SurveyResponse> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new SurveyResponse(
                        rs.getString(1),
                        rs.getString(2),
                        bool(rs, 3),
                        bool(rs, 4),
                        integer(rs, 5),
                        number(rs, 6),
                        number(rs, 7)));
              }
            }
            return out;
          }
        });
  }

  /** Respondents, shares, network average and median, posts, overall and by department. */
  public SurveySummary summary(long surveyId) {
    SurveyInfo info = require(surveyId);
    return SurveyStats.summarise(surveyId, info.name(), responses(surveyId));
  }

  /** Counts of willingness answers 1 to 5 (index 0 is willingness 1). */
  public long[] willingnessDistribution(long surveyId) {
    return SurveyStats.willingnessDistribution(responses(surveyId));
  }

  /** Network-size histogram in fixed bins (see {@link SurveyStats#networkHistogram}). */
  public List<HistogramBin> networkHistogram(long surveyId) {
    return SurveyStats.networkHistogram(responses(surveyId));
  }

  /** The survey as the employee-readiness input of a scenario. */
  public Readiness toReadiness(long surveyId) {
    SurveyInfo info = require(surveyId);
    Readiness r = SurveyStats.readiness(info.name(), responses(surveyId));
    return new Readiness(r.activeShare(), r.willingShare(), r.averageNetwork(), r.postsPerWeek(),
        r.surveyName(), r.surveyRespondents(), info.uid());
  }

  private SurveyInfo require(long surveyId) {
    return find(surveyId)
        .orElseThrow(() -> new IllegalArgumentException("No survey with id " + surveyId));
  }

  private static List<SurveyInfo> infos(PreparedStatement ps) throws SQLException {
    List<SurveyInfo> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new SurveyInfo(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getString(6)));
      }
    }
    return out;
  }

  private static Boolean bool(ResultSet rs, int i) throws SQLException {
    int v = rs.getInt(i);
    return rs.wasNull() ? null : v != 0;
  }

  private static Integer integer(ResultSet rs, int i) throws SQLException {
    int v = rs.getInt(i);
    return rs.wasNull() ? null : v;
  }

  private static Double number(ResultSet rs, int i) throws SQLException {
    double v = rs.getDouble(i);
    return rs.wasNull() ? null : v;
  }
}
