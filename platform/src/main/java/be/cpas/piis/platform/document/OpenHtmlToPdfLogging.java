package be.cpas.piis.platform.document;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jboss.logging.Logger;

/**
 * Sends openhtmltopdf's messages to the service's log, under their own categories
 * ({@code com.openhtmltopdf.load}...), instead of its own console output: its chatty INFO lines
 * (timings, fonts loaded) become DEBUG, its warnings and errors stay what they are.
 */
final class OpenHtmlToPdfLogging implements XRLogger {

    private OpenHtmlToPdfLogging() {
    }

    /** Installs the bridge for the whole library, once. */
    static synchronized void install() {
        if (!(XRLog.getLoggerImpl() instanceof OpenHtmlToPdfLogging)) {
            XRLog.setLoggerImpl(new OpenHtmlToPdfLogging());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        Logger.getLogger(where).log(levelOf(level), message);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger.getLogger(where).log(levelOf(level), message, error);
    }

    /** Levels are the service's logging configuration's to set. */
    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isEnabled(levelOf(diagnostic.getLevel()));
    }

    private static Logger.Level levelOf(Level level) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            return Logger.Level.ERROR;
        }
        return level.intValue() >= Level.WARNING.intValue() ? Logger.Level.WARN : Logger.Level.DEBUG;
    }
}
