package se.socialorg.advisor.ui.wizard;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.InputField;
import se.socialorg.advisor.model.MaturityStage;
import se.socialorg.advisor.model.Organisation;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.SharedFunctions;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * Step 2's state and commands: the case's names (through {@link CaseNamesViewModel}), the
 * maturity stage with the key of its description, and the shared functions. Both follow the
 * scenario, so they are right after a file is opened or the language is switched; the number
 * inputs are {@link NumberFieldViewModel}s, validated here, and Next follows {@link #validity()}.
 */
public final class OrganisationStepViewModel {

  /** The step's place in the wizard. */
  static final int STEP = 1;

  /** The step's number inputs, in the order shown. */
  static final List<InputField> NUMBERS = List.of(InputField.EMPLOYEES,
      InputField.TECHNICAL_EXPERT_SHARE, InputField.BUSINESS_UNITS, InputField.COUNTRIES);

  private final ScenarioSession session;
  private final CaseNamesViewModel names;
  private final ReadOnlyObjectWrapper<MaturityStage> maturity = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper maturityDescriptionKey = new ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<SharedFunctions> sharedFunctions =
      new ReadOnlyObjectWrapper<>();
  private final StepValidity validity = new StepValidity();
  private final StepFields fields;

  public OrganisationStepViewModel(WizardModel wizard, Supplier<I18n> i18n) {
    this.session = wizard.session();
    this.names = new CaseNamesViewModel(session.scenario(), session::edit);
    this.fields = new StepFields(NUMBERS, session, i18n, validity);
    session.scenarioProperty().addListener((o, a, b) -> sync(b));
    sync(session.scenario());
    wizard.watch(STEP, validity);
  }

  /** One number input of the step (employees, experts, units, countries). */
  public NumberFieldViewModel field(InputField f) {
    return fields.field(f);
  }

  /** Whether every input on the step holds a value it can take; Next follows it. */
  public StepValidity validity() {
    return validity;
  }

  /** The language changed: the fields word their values and problems in the new one. */
  void languageChanged() {
    fields.languageChanged();
  }

  /** The organisation's, scenario's and author's names and the case's date. */
  public CaseNamesViewModel names() {
    return names;
  }

  public ReadOnlyObjectProperty<MaturityStage> maturityProperty() {
    return maturity.getReadOnlyProperty();
  }

  /** The bundle key describing the chosen maturity stage. */
  public ReadOnlyStringProperty maturityDescriptionKeyProperty() {
    return maturityDescriptionKey.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<SharedFunctions> sharedFunctionsProperty() {
    return sharedFunctions.getReadOnlyProperty();
  }

  /** The organisation's social-media maturity. */
  public void chooseMaturity(MaturityStage stage) {
    if (stage != null && stage != maturity.get()) {
      edit(o -> new Organisation(o.employees(), o.technicalExpertShare(), o.businessUnits(),
          o.countries(), o.regulation(), stage, o.sharedFunctions(), o.cultureOpenness()));
    }
  }

  /** Whether the organisation's shared functions are central or federated. */
  public void chooseSharedFunctions(SharedFunctions functions) {
    if (functions != null && functions != sharedFunctions.get()) {
      edit(o -> new Organisation(o.employees(), o.technicalExpertShare(), o.businessUnits(),
          o.countries(), o.regulation(), o.maturity(), functions, o.cultureOpenness()));
    }
  }

  private void edit(UnaryOperator<Organisation> change) {
    session.edit(s -> s.withInputs(s.inputs().withOrganisation(
        change.apply(s.inputs().organisation()))));
  }

  private void sync(Scenario s) {
    names.show(s);
    Organisation o = s.inputs().organisation();
    maturity.set(o.maturity());
    maturityDescriptionKey.set("maturity." + o.maturity().name() + ".description");
    sharedFunctions.set(o.sharedFunctions());
  }
}
