package org.denialflow.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads process variables as the forms and decisions leave them (numbers, dates as text or Date). */
final class Vars {

    private Vars() {
    }

    static long id(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            return Long.parseLong(s.trim());
        }
        throw new IllegalStateException("Variable " + name + " is missing");
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    static Integer integer(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Number n) {
            return n.intValue();
        }
        String text = text(scope, name);
        return text == null ? null : Integer.valueOf(text);
    }

    static BigDecimal money(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Number n) {
            return BigDecimal.valueOf(n.doubleValue()).setScale(2, java.math.RoundingMode.HALF_UP);
        }
        String text = text(scope, name);
        return text == null ? null : new BigDecimal(text.replace(",", "").replace("$", ""));
    }

    static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    /** A date a form gave ("2026-03-12", or with a time) or a Date; {@code fallback} when empty. */
    static LocalDate date(VariableScope scope, String name, LocalDate fallback, ZoneId zone) {
        Object value = scope.getVariable(name);
        if (value instanceof Date d) {
            return d.toInstant().atZone(zone).toLocalDate();
        }
        String text = text(scope, name);
        if (text == null) {
            return fallback;
        }
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    static Date startOfDay(LocalDate date, ZoneId zone) {
        return date == null ? null : Date.from(date.atStartOfDay(zone).toInstant());
    }
}
