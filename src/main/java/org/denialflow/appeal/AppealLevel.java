package org.denialflow.appeal;

import java.time.LocalDate;

import org.denialflow.denial.Denial;

/**
 * The appeal level a letter or packet is for: the highest level the lifecycle opened for the denial, else the
 * level after the denial's last one, with its deadline.
 */
record AppealLevel(int number, String name, LocalDate deadline) {

    static AppealLevel of(Denial denial, AppealLedger.AppealRecord current) {
        if (current != null) {
            return new AppealLevel(current.level(),
                    current.levelName() != null ? current.levelName() : defaultName(current.level()),
                    current.deadline() != null ? current.deadline() : denial.deadline());
        }
        int number = Math.max(1, denial.appealLevel());
        return new AppealLevel(number, defaultName(number), denial.deadline());
    }

    static String defaultName(int level) {
        return switch (level) {
            case 1 -> "first-level appeal";
            case 2 -> "second-level appeal";
            case 3 -> "third-level appeal";
            default -> "level " + level + " appeal";
        };
    }
}
