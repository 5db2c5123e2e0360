package org.crampguide.app;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.util.Callback;
import org.crampguide.bodymap.BodyMapView;
import org.crampguide.bodymap.BodyView;
import org.crampguide.bodymap.Region;
import org.crampguide.content.Muscle;
import org.crampguide.guide.DetailView;

/**
 * The composition root: builds the view models and views for a loaded pack and wires them
 * together through constructor injection.
 */
public final class CrampGuide {
    private final GuidePack pack;
    private final ResourceBundle messages;
    private final MainViewModel model;

    public CrampGuide(GuidePack pack, ResourceBundle messages) {
        this.pack = pack;
        this.messages = messages;
        this.model = new MainViewModel(pack);
    }

    public static ResourceBundle defaultMessages() {
        return ResourceBundle.getBundle("org.crampguide.app.messages");
    }

    /** Sets the application-wide look (AtlantaFX's Primer Light); call once on the FX thread. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public MainViewModel model() {
        return model;
    }

    /** The main screen, ready to be put in a window of the given size. */
    public Scene createScene(double width, double height) {
        Map<BodyView, String> captions = new EnumMap<>(BodyView.class);
        captions.put(BodyView.FRONT, messages.getString("view.front"));
        captions.put(BodyView.BACK, messages.getString("view.back"));
        BodyMapView bodyMap = new BodyMapView(pack.bodyMap(), captions, this::accessibleText);
        Parent detail = load(DetailView.class, "DetailView.fxml",
                type -> new DetailView(pack.content().guide(), messages, model.selectedMuscleProperty()));
        Parent main = load(MainView.class, "MainView.fxml", type -> new MainView(model, bodyMap, detail,
                pack.content().guide().disclaimer()));
        Scene scene = new Scene(main, width, height);
        TextScale.follow(scene);
        return scene;
    }

    private String accessibleText(Region region) {
        String muscle = pack.content().muscle(region.muscleId()).map(Muscle::name).orElse(region.muscleId());
        return MessageFormat.format(messages.getString("region.accessible"), muscle,
                messages.getString("side." + region.id().side().id()),
                messages.getString("view." + region.id().view().id()).toLowerCase(messages.getLocale()));
    }

    private Parent load(Class<?> owner, String fxml, Callback<Class<?>, Object> controllers) {
        URL location = owner.getResource(fxml);
        if (location == null) {
            throw new IllegalStateException("missing view resource " + owner.getPackageName() + "/" + fxml);
        }
        FXMLLoader loader = new FXMLLoader(location, messages);
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + fxml, e);
        }
    }
}
