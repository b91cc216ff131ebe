package io.fleet.dispatch.notification;

import java.util.Map;

/**
 * Something a signed-in user should see without reloading: {@code ALARM} (a supervision notification: a new alarm,
 * one raised from a complaint, an explanation asked for; {@code id} is the alarm) or {@code COMPLAINT_REMINDER} (a
 * case's deadline is near or passed; {@code id} is the complaint). {@code reason} is the notification's reason or the
 * reminder's kind (DUE_SOON, OVERDUE); {@code details} what the source published.
 */
public record Notice(String kind, long id, String reason, String orgPath, Map<String, Object> details) {

    public static final String ALARM = "ALARM";
    public static final String COMPLAINT_REMINDER = "COMPLAINT_REMINDER";
}
