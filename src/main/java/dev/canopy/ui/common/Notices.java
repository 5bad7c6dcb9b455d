package dev.canopy.ui.common;

/** The status bar's line saying what just happened, or why it could not. */
public interface Notices {

    void setNotice(String text);
}
