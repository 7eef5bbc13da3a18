package com.github.mvysny.kaributesting.v10;

import com.vaadin.flow.server.ServiceDestroyEvent;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.VaadinService;

/**
 * WORKAROUND (docs/decisions/0002-karibu-shim.md): Karibu-Testing 2.7.0 reads VaadinService's listener fields by
 * reflection, and Vaadin 25.3 moved them into VaadinServiceEventBus. This test-only class shadows Karibu's own file
 * facade and fires the listeners through the event bus. Remove it when a Karibu release supports Vaadin 25.3.
 */
public final class MockVaadinKt {

    private MockVaadinKt() {
    }

    public static void access$fireSessionInitListeners(VaadinService service, SessionInitEvent event) {
        service.getEventBus().fireEvent(event);
    }

    public static void access$fireServiceDestroyListeners(VaadinService service, ServiceDestroyEvent event) {
        service.getEventBus().fireEventInReverseOrder(event);
    }
}
