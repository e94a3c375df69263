package se.socialorg.advisor.ui.wizard;

import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.socialorg.advisor.model.MaturityStage;
import se.socialorg.advisor.model.Organisation;
import se.socialorg.advisor.model.Scenario;
import se.socialorg.advisor.model.SharedFunctions;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * Step 2's state and commands: the case's names (through {@link CaseNamesViewModel}), the
 * maturity stage with the key of its description, and the shared functions. Both follow the
 * scenario, so they are right after a file is opened or the language is switched; the numeric
 * fields are the wizard's {@link FieldFactory} fields, validated by the model's problems.
 */
public final class OrganisationStepViewModel {

  private final ScenarioSession session;
  private final CaseNamesViewModel names;
  private final ReadOnlyObjectWrapper<MaturityStage> maturity = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper maturityDescriptionKey = new ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<SharedFunctions> sharedFunctions =
      new ReadOnlyObjectWrapper<>();

  public OrganisationStepViewModel(WizardModel wizard) {
    this.session = wizard.session();
    this.names = new CaseNamesViewModel(session.scenario(), session::edit);
    session.scenarioProperty().addListener((o, a, b) -> sync(b));
    sync(session.scenario());
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
