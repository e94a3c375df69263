package se.socialorg.advisor.ui;

/** The screens of the main window, reached from the navigation bar. */
public enum Screen {
  HOME,
  WIZARD,
  COMPARE,
  FOLLOW_UP,
  LIBRARY
}
