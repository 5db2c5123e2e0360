/** Cramp Guide: a clickable body map with a guide to muscle cramps behind every muscle. */
module org.crampguide {
    requires javafx.controls;
    requires javafx.fxml;
    requires org.controlsfx.controls;
    requires com.fasterxml.jackson.databind;
    requires atlantafx.base;
    requires org.kordamp.ikonli.core;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.material2;
    requires info.picocli;
    requires java.xml;
    requires java.logging;
    requires java.management;
    requires java.sql;
    requires org.xerial.sqlitejdbc;
    requires java.desktop;
    requires java.net.http;
    requires jdk.httpserver;
    requires io.prometheus.metrics.core;
    requires io.prometheus.metrics.config;
    requires io.prometheus.metrics.model;
    requires io.prometheus.metrics.exporter.httpserver;
    requires io.prometheus.metrics.instrumentation.jvm;

    opens org.crampguide.app to javafx.fxml, info.picocli;
    opens org.crampguide.guide to javafx.fxml;
    opens org.crampguide.content to com.fasterxml.jackson.databind;
    opens org.crampguide.hold to javafx.fxml;
    opens org.crampguide.firstaid to javafx.fxml;
    opens org.crampguide.kiosk to javafx.fxml;
    opens org.crampguide.kiosk.settings to com.fasterxml.jackson.databind;
    opens org.crampguide.usage to javafx.fxml;

    exports org.crampguide.app;
    exports org.crampguide.bodymap;
    exports org.crampguide.commands;
    exports org.crampguide.content;
    exports org.crampguide.firstaid;
    exports org.crampguide.guide;
    exports org.crampguide.hold;
    exports org.crampguide.kiosk;
    exports org.crampguide.kiosk.log;
    exports org.crampguide.kiosk.settings;
    exports org.crampguide.kiosk.staff;
    exports org.crampguide.library;
    exports org.crampguide.metrics;
    exports org.crampguide.packs;
    exports org.crampguide.stretch;
    exports org.crampguide.theme;
    exports org.crampguide.usage;
}
