package se.socialorg.advisor.model;

import java.util.EnumMap;
import java.util.Map;

/** Returns a copy of the inputs with one numeric field, named by {@link InputField}, changed. */
public final class InputWriter {

  private InputWriter() {}

  public static ScenarioInputs write(ScenarioInputs in, InputField field, double v) {
    Organisation o = in.organisation();
    TrustContext t = in.trust();
    Readiness r = in.readiness();
    Resources s = in.resources();
    ProjectionParameters p = in.projection();
    return switch (field) {
      case EMPLOYEES -> in.withOrganisation(new Organisation((int) Math.round(v),
          o.technicalExpertShare(), o.businessUnits(), o.countries(), o.regulation(), o.maturity(),
          o.sharedFunctions(), o.cultureOpenness()));
      case TECHNICAL_EXPERT_SHARE -> in.withOrganisation(new Organisation(o.employees(), v,
          o.businessUnits(), o.countries(), o.regulation(), o.maturity(), o.sharedFunctions(),
          o.cultureOpenness()));
      case BUSINESS_UNITS -> in.withOrganisation(new Organisation(o.employees(),
          o.technicalExpertShare(), (int) Math.round(v), o.countries(), o.regulation(),
          o.maturity(), o.sharedFunctions(), o.cultureOpenness()));
      case COUNTRIES -> in.withOrganisation(new Organisation(o.employees(),
          o.technicalExpertShare(), o.businessUnits(), (int) Math.round(v), o.regulation(),
          o.maturity(), o.sharedFunctions(), o.cultureOpenness()));
      case REGULATION -> in.withOrganisation(new Organisation(o.employees(),
          o.technicalExpertShare(), o.businessUnits(), o.countries(), v, o.maturity(),
          o.sharedFunctions(), o.cultureOpenness()));
      case CULTURE_OPENNESS -> in.withOrganisation(new Organisation(o.employees(),
          o.technicalExpertShare(), o.businessUnits(), o.countries(), o.regulation(), o.maturity(),
          o.sharedFunctions(), v));
      case TRUST_YEAR -> in.withTrust(trust(t, (int) Math.round(v), t.trustInBusiness(),
          t.trustInMedia(), t.industryTrust(), t.credibility()));
      case TRUST_IN_BUSINESS -> in.withTrust(trust(t, t.year(), v, t.trustInMedia(),
          t.industryTrust(), t.credibility()));
      case TRUST_IN_MEDIA -> in.withTrust(trust(t, t.year(), t.trustInBusiness(), v,
          t.industryTrust(), t.credibility()));
      case INDUSTRY_TRUST -> in.withTrust(trust(t, t.year(), t.trustInBusiness(),
          t.trustInMedia(), v, t.credibility()));
      case CREDIBILITY_ACADEMIC -> in.withTrust(credibility(t, Spokesperson.ACADEMIC, v));
      case CREDIBILITY_TECHNICAL_EXPERT ->
          in.withTrust(credibility(t, Spokesperson.TECHNICAL_EXPERT, v));
      case CREDIBILITY_PERSON_LIKE_YOURSELF ->
          in.withTrust(credibility(t, Spokesperson.PERSON_LIKE_YOURSELF, v));
      case CREDIBILITY_EMPLOYEE -> in.withTrust(credibility(t, Spokesperson.EMPLOYEE, v));
      case CREDIBILITY_CEO -> in.withTrust(credibility(t, Spokesperson.CEO, v));
      case ACTIVE_SHARE -> in.withReadiness(r.withFigures(v, r.willingShare(),
          r.averageNetwork(), r.postsPerWeek()));
      case WILLING_SHARE -> in.withReadiness(r.withFigures(r.activeShare(), v,
          r.averageNetwork(), r.postsPerWeek()));
      case AVERAGE_NETWORK -> in.withReadiness(r.withFigures(r.activeShare(), r.willingShare(),
          v, r.postsPerWeek()));
      case POSTS_PER_WEEK -> in.withReadiness(r.withFigures(r.activeShare(), r.willingShare(),
          r.averageNetwork(), v));
      case ANNUAL_BUDGET -> in.withResources(new Resources(s.currency(), v, s.loadedSalary(),
          s.hiringDifficulty(), s.platformCostPerYear(), s.coachingHoursPerAdvocate(),
          s.hourlyCost()));
      case LOADED_SALARY -> in.withResources(new Resources(s.currency(), s.annualBudget(), v,
          s.hiringDifficulty(), s.platformCostPerYear(), s.coachingHoursPerAdvocate(),
          s.hourlyCost()));
      case HIRING_DIFFICULTY -> in.withResources(new Resources(s.currency(), s.annualBudget(),
          s.loadedSalary(), v, s.platformCostPerYear(), s.coachingHoursPerAdvocate(),
          s.hourlyCost()));
      case PLATFORM_COST -> in.withResources(new Resources(s.currency(), s.annualBudget(),
          s.loadedSalary(), s.hiringDifficulty(), v, s.coachingHoursPerAdvocate(),
          s.hourlyCost()));
      case COACHING_HOURS -> in.withResources(new Resources(s.currency(), s.annualBudget(),
          s.loadedSalary(), s.hiringDifficulty(), s.platformCostPerYear(), v, s.hourlyCost()));
      case HOURLY_COST -> in.withResources(new Resources(s.currency(), s.annualBudget(),
          s.loadedSalary(), s.hiringDifficulty(), s.platformCostPerYear(),
          s.coachingHoursPerAdvocate(), v));
      case MONTHS -> in.withProjection(new ProjectionParameters((int) Math.round(v),
          p.organicVisibility(), p.brandClickThrough(), p.employeeCtrMultiplier(), p.cpm(),
          p.cpc(), p.pipelinePerClick(), p.companyFollowers(), p.centralPostsPerWeek()));
      case ORGANIC_VISIBILITY -> in.withProjection(new ProjectionParameters(p.months(), v,
          p.brandClickThrough(), p.employeeCtrMultiplier(), p.cpm(), p.cpc(),
          p.pipelinePerClick(), p.companyFollowers(), p.centralPostsPerWeek()));
      case BRAND_CTR -> in.withProjection(new ProjectionParameters(p.months(),
          p.organicVisibility(), v, p.employeeCtrMultiplier(), p.cpm(), p.cpc(),
          p.pipelinePerClick(), p.companyFollowers(), p.centralPostsPerWeek()));
      case EMPLOYEE_CTR_MULTIPLIER -> in.withProjection(new ProjectionParameters(p.months(),
          p.organicVisibility(), p.brandClickThrough(), v, p.cpm(), p.cpc(),
          p.pipelinePerClick(), p.companyFollowers(), p.centralPostsPerWeek()));
      case CPM -> in.withProjection(new ProjectionParameters(p.months(), p.organicVisibility(),
          p.brandClickThrough(), p.employeeCtrMultiplier(), v, p.cpc(), p.pipelinePerClick(),
          p.companyFollowers(), p.centralPostsPerWeek()));
      case CPC -> in.withProjection(new ProjectionParameters(p.months(), p.organicVisibility(),
          p.brandClickThrough(), p.employeeCtrMultiplier(), p.cpm(), v, p.pipelinePerClick(),
          p.companyFollowers(), p.centralPostsPerWeek()));
      case PIPELINE_PER_CLICK -> in.withProjection(new ProjectionParameters(p.months(),
          p.organicVisibility(), p.brandClickThrough(), p.employeeCtrMultiplier(), p.cpm(),
          p.cpc(), v, p.companyFollowers(), p.centralPostsPerWeek()));
      case COMPANY_FOLLOWERS -> in.withProjection(new ProjectionParameters(p.months(),
          p.organicVisibility(), p.brandClickThrough(), p.employeeCtrMultiplier(), p.cpm(),
          p.cpc(), p.pipelinePerClick(), v, p.centralPostsPerWeek()));
      case CENTRAL_POSTS_PER_WEEK -> in.withProjection(new ProjectionParameters(p.months(),
          p.organicVisibility(), p.brandClickThrough(), p.employeeCtrMultiplier(), p.cpm(),
          p.cpc(), p.pipelinePerClick(), p.companyFollowers(), v));
    };
  }

  private static TrustContext trust(TrustContext t, int year, double business, double media,
      double industry, Map<Spokesperson, Double> credibility) {
    return new TrustContext(t.country(), t.industry(), year, business, media, industry,
        credibility, t.overridden(), t.source());
  }

  private static TrustContext credibility(TrustContext t, Spokesperson who, double v) {
    EnumMap<Spokesperson, Double> c = new EnumMap<>(Spokesperson.class);
    c.putAll(t.credibility());
    c.put(who, v);
    return trust(t, t.year(), t.trustInBusiness(), t.trustInMedia(), t.industryTrust(), c);
  }
}
