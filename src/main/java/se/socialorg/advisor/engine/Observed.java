package se.socialorg.advisor.engine;

import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.ProjectionParameters;
import se.socialorg.advisor.model.ScenarioInputs;

/**
 * Values of the projection's assumptions as the actual results show them. The organic
 * impressions and clicks of the projection are proportional to organic visibility and brand
 * click-through, so each observed value is the assumed one times actual over projected.
 *
 * @param organicVisibility observed organic visibility, NaN when no organic impressions were
 *     measured
 * @param brandClickThrough observed brand click-through, NaN when no organic clicks were measured
 */
public record Observed(double organicVisibility, double brandClickThrough) {

  public boolean any() {
    return !Double.isNaN(organicVisibility) || !Double.isNaN(brandClickThrough);
  }

  /** The inputs with the observed values in place of the assumed ones (within valid ranges). */
  public ScenarioInputs adopt(ScenarioInputs in) {
    ProjectionParameters p = in.projection();
    double vis = Double.isNaN(organicVisibility) ? p.organicVisibility() : clamp(organicVisibility, InputField.ORGANIC_VISIBILITY);
    double ctr = Double.isNaN(brandClickThrough) ? p.brandClickThrough() : clamp(brandClickThrough, InputField.BRAND_CTR);
    return in.withProjection(
        new ProjectionParameters(
            p.months(),
            vis,
            ctr,
            p.employeeCtrMultiplier(),
            p.cpm(),
            p.cpc(),
            p.pipelinePerClick(),
            p.companyFollowers(),
            p.centralPostsPerWeek()));
  }

  private static double clamp(double v, InputField f) {
    return Math.max(f.min(), Math.min(f.max(), v));
  }
}
