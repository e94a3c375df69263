package se.socialorg.advisor.ui.wizard;

import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.socialorg.advisor.engine.GroupWeights;
import se.socialorg.advisor.i18n.I18n;
import se.socialorg.advisor.model.Participant;
import se.socialorg.advisor.model.ScenarioInputs;
import se.socialorg.advisor.model.WeightMode;
import se.socialorg.advisor.present.Numbers;
import se.socialorg.advisor.store.group.GroupImportException;
import se.socialorg.advisor.store.group.JudgementForms;
import se.socialorg.advisor.store.group.ParticipantSheet;
import se.socialorg.advisor.ui.AppExecutor;
import se.socialorg.advisor.ui.BackgroundTask;
import se.socialorg.advisor.ui.Dialogs;
import se.socialorg.advisor.ui.scenario.ScenarioSession;

/**
 * The management team on the goals step: who takes part, who has answered, and whose goals the
 * step shows. "Add participant" checks the name, role and weight, adds the member and opens
 * their goals; members answer one after another on one computer.
 */
public final class ParticipantsViewModel {

  private final ScenarioSession session;
  private final GoalsStepViewModel goals;
  private final Supplier<I18n> i18n;
  private final ObservableList<Participant> participants = FXCollections.observableArrayList();
  private final ObservableList<Participant> readOnly =
      FXCollections.unmodifiableObservableList(participants);
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper answering = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper collected = new ReadOnlyStringWrapper("");
  private final JudgementForms forms = new JudgementForms();
  private final ParticipantSheet sheet = new ParticipantSheet();
  private final javafx.beans.property.ReadOnlyBooleanWrapper formOpen =
      new javafx.beans.property.ReadOnlyBooleanWrapper(false);
  private se.socialorg.advisor.store.group.JudgementForm openForm;
  private Path openFormFile;

  public ParticipantsViewModel(WizardModel wizard, GoalsStepViewModel goals, Supplier<I18n> i18n) {
    this.session = wizard.session();
    this.goals = goals;
    this.i18n = i18n;
    session.scenarioProperty().addListener((o, a, b) -> sync());
    goals.memberProperty().addListener((o, a, b) -> sync());
    sync();
  }

  /** The members in scenario order. */
  public ObservableList<Participant> participants() {
    return readOnly;
  }

  /** Why the last "Add participant" was refused, or empty. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** Whose goals the step shows: the scenario's own or a member's. */
  public ReadOnlyStringProperty answeringProperty() {
    return answering.getReadOnlyProperty();
  }

  /** How many have answered and whether the group's weights decide. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /**
   * Adds a member and opens their goals. Refuses, with a message in {@link #problemProperty()},
   * a blank or too long name, a name already taken, a weight that is not a number above 0 up to
   * 100 (empty means 1), and more than {@link Participant#MAX_PARTICIPANTS} members.
   *
   * @return true when the member was added
   */
  public boolean addParticipant(String name, String role, String weightText) {
    String n = name == null ? "" : name.strip();
    String r = role == null ? "" : role.strip();
    I18n t = i18n.get();
    List<Participant> now = session.scenario().inputs().participants();
    String refused = null;
    double weight = Participant.DEFAULT_WEIGHT;
    if (n.isEmpty()) {
      refused = t.t("group.add.noName");
    } else if (n.length() > Participant.MAX_NAME_LENGTH || r.length() > Participant.MAX_NAME_LENGTH) {
      refused = t.t("group.add.tooLong", Participant.MAX_NAME_LENGTH);
    } else if (now.stream().anyMatch(p -> p.key().equals(Participant.of(n, r).key()))) {
      refused = t.t("group.add.taken", n);
    } else if (now.size() >= Participant.MAX_PARTICIPANTS) {
      refused = t.t("group.import.sheet.tooMany", Participant.MAX_PARTICIPANTS);
    } else if (weightText != null && !weightText.isBlank()) {
      Double w = Numbers.parse(weightText, t.locale());
      if (w == null || !(w > 0) || w > Participant.MAX_WEIGHT) {
        refused = t.t("group.add.badWeight", weightText.strip());
      } else {
        weight = w;
      }
    }
    problem.set(refused == null ? "" : refused);
    if (refused != null) {
      return false;
    }
    final double w = weight;
    session.edit(s -> {
      List<Participant> ps = new ArrayList<>(s.inputs().participants());
      ps.add(new Participant(n, r, w, Participant.unanswered()));
      return s.withInputs(s.inputs().withParticipants(ps));
    });
    goals.answerFor(session.scenario().inputs().participants().size() - 1);
    return true;
  }

  /** Removes a member and their answers. */
  public void removeParticipant(int index) {
    Integer answeringNow = goals.memberProperty().get();
    session.edit(s -> {
      List<Participant> ps = new ArrayList<>(s.inputs().participants());
      ps.remove(index);
      return s.withInputs(s.inputs().withParticipants(ps));
    });
    if (answeringNow != null) {
      goals.answerFor(answeringNow == index ? null : answeringNow > index ? answeringNow - 1 : answeringNow);
    }
  }

  /** Shows member {@code index}'s goals so they can answer. */
  public void answerFor(int index) {
    goals.answerFor(index);
  }

  /** Shows the scenario's own goals again. */
  public void answerAsScenario() {
    goals.answerFor(null);
  }

  private void sync() {
    ScenarioInputs in = session.scenario().inputs();
    if (!participants.equals(in.participants())) {
      participants.setAll(in.participants());
    }
    I18n t = i18n.get();
    Integer m = goals.memberProperty().get();
    if (m == null || m >= in.participants().size()) {
      answering.set(in.participants().isEmpty() ? "" : t.t("group.answering.scenario"));
    } else {
      Participant p = in.participants().get(m);
      answering.set(p.role().isBlank() ? t.t("group.answering.member", p.name())
          : t.t("group.answering.memberWithRole", p.name(), p.role()));
    }
    long answered = in.participants().stream().filter(Participant::answered).count();
    if (in.participants().isEmpty()) {
      status.set("");
    } else if (GroupWeights.decides(in)) {
      status.set(t.t("group.status.decides", answered, in.participants().size()));
    } else {
      status.set(t.t("group.status.notYet", answered, in.participants().size(), GroupWeights.MIN_MEMBERS));
    }
  }

  /** What the last form, sheet or import did, or why it was refused (one line per problem). */
  public ReadOnlyStringProperty collectedProperty() {
    return collected.getReadOnlyProperty();
  }

  /**
   * Sends member {@code index} a judgement form: the scenario keeps the form's id (so the answers
   * find their way back) and the form is written in the background.
   */
  public void sendForm(int index, Path file, AppExecutor executor) {
    JudgementForms.Issued issued = forms.issue(session.scenario(), index);
    session.edit(s -> s.withInputs(s.inputs().withParticipants(
        issued.scenario().inputs().participants())));
    BackgroundTask.wrap(() -> {
      forms.write(issued.form(), file);
      return file;
    }).onSuccess(f -> collected.set(i18n.get().t("group.form.sent",
        issued.form().participantName(), String.valueOf(f.getFileName()))))
        .onFailure(e -> collected.set(BackgroundTask.message(i18n.get(), e)))
        .executeWith(executor);
  }

  /** Writes the answer sheet for the team in the background: Excel for a .xlsx name, else CSV. */
  public void saveSheet(WeightMode mode, Path file, AppExecutor executor) {
    var snapshot = session.scenario();
    BackgroundTask.wrap(() -> {
      sheet.writeTemplate(snapshot, mode, file);
      return file;
    }).onSuccess(f -> collected.set(i18n.get().t("group.sheet.saved", String.valueOf(f.getFileName()))))
        .onFailure(e -> collected.set(BackgroundTask.message(i18n.get(), e)))
        .executeWith(executor);
  }

  /**
   * "Import answers": asks for one or many answered judgement forms (or one filled answer sheet,
   * CSV or Excel) and imports them as {@link #importAnswers(List, AppExecutor)} does; nothing
   * happens when the user cancels.
   */
  public void chooseAndImportAnswers(Dialogs dialogs, AppExecutor executor) {
    I18n t = i18n.get();
    List<Path> files = dialogs.chooseOpenMany(t.t("group.import.title"), t.t("group.import.filter"),
        "*" + JudgementForms.EXTENSION, "*.csv", "*.xlsx");
    if (!files.isEmpty()) {
      importAnswers(files, executor);
    }
  }

  /**
   * Imports answered judgement forms or a filled answer sheet, read in the background; all or
   * nothing. The members' answers are applied to the scenario as it is then; a refusal leaves
   * everything already collected as it was and names file, line and member.
   */
  public void importAnswers(List<Path> files, AppExecutor executor) {
    var snapshot = session.scenario();
    BackgroundTask.wrap(() -> {
      if (files.size() == 1 && !JudgementForms.isForm(files.get(0))) {
        return sheet.importSheet(snapshot, files.get(0));
      }
      return forms.importForms(snapshot, files);
    }).onSuccess(r -> {
      session.edit(s -> s.withInputs(s.inputs().withParticipants(
          r.scenario().inputs().participants())));
      I18n t = i18n.get();
      String text = t.t("group.imported", String.join(", ", r.imported()));
      if (!r.missing().isEmpty()) {
        text += " " + t.t("group.missing", String.join(", ", r.missing()));
      }
      collected.set(text);
    }).onFailure(e -> collected.set(e instanceof GroupImportException g
        ? g.localized(i18n.get()) : BackgroundTask.message(i18n.get(), e)))
        .executeWith(executor);
  }

  /** True while a colleague's judgement form is open for answering. */
  public javafx.beans.property.ReadOnlyBooleanProperty formOpenProperty() {
    return formOpen.getReadOnlyProperty();
  }

  /**
   * The colleague's side: opens a judgement form received by mail. The member it asks is added
   * to this scenario (with the form's id) and their goals open, so they answer with the sliders
   * or pairs as on any goals step; {@link #saveForm} writes the answers back into the form.
   */
  public void openForm(Path file, AppExecutor executor) {
    BackgroundTask.wrap(() -> forms.read(file)).onSuccess(f -> {
      List<Participant> now = session.scenario().inputs().participants();
      int index = -1;
      for (int i = 0; i < now.size(); i++) {
        if (now.get(i).formId().equals(f.formId())) {
          index = i;
        }
      }
      if (index < 0) {
        session.edit(s -> {
          List<Participant> ps = new ArrayList<>(s.inputs().participants());
          ps.add(new Participant(uniqueName(ps, f.participantName()), f.participantRole(),
              Participant.DEFAULT_WEIGHT, f.goals(), f.formId()));
          return s.withInputs(s.inputs().withParticipants(ps));
        });
        index = session.scenario().inputs().participants().size() - 1;
      }
      openForm = f;
      openFormFile = file;
      formOpen.set(true);
      goals.answerFor(index);
      collected.set(i18n.get().t("group.form.opened", f.participantName(), f.scenarioName(),
          f.organisationName()));
    }).onFailure(e -> collected.set(e instanceof GroupImportException g
        ? g.localized(i18n.get()) : BackgroundTask.message(i18n.get(), e)))
        .executeWith(executor);
  }

  /** Writes the answers of the open form's member back into the form file. */
  public void saveForm(AppExecutor executor) {
    if (openForm == null) {
      return;
    }
    Participant member = session.scenario().inputs().participants().stream()
        .filter(p -> p.formId().equals(openForm.formId())).findFirst().orElse(null);
    if (member == null || !member.answered()) {
      collected.set(i18n.get().t("group.import.nothingAnswered", openForm.participantName()));
      return;
    }
    var answered = forms.answer(openForm, member.goals());
    Path file = openFormFile;
    BackgroundTask.wrap(() -> {
      forms.write(answered, file);
      return file;
    }).onSuccess(f -> collected.set(i18n.get().t("group.form.saved", String.valueOf(f.getFileName()))))
        .onFailure(e -> collected.set(BackgroundTask.message(i18n.get(), e)))
        .executeWith(executor);
  }

  private static String uniqueName(List<Participant> ps, String name) {
    String n = name == null || name.isBlank() ? "?" : name.strip();
    String candidate = n;
    int k = 2;
    while (true) {
      String key = Participant.of(candidate, "").key();
      if (ps.stream().noneMatch(p -> p.key().equals(key))) {
        return candidate;
      }
      candidate = n + " (" + k++ + ")";
    }
  }

  /** Re-reads the texts after a language switch. */
  public void refresh() {
    problem.set("");
    collected.set("");
    sync();
  }
}
