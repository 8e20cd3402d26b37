package dev.reviewbot.github.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.kohsuke.github.connector.GitHubConnectorRequest;

/** Which failures without an HTTP answer are worth another try. */
final class TransportFailures {
  private TransportFailures() {}

  static boolean retryable(GitHubConnectorRequest request, IOException failure) {
    if (failure instanceof HttpConnectTimeoutException) {
      return true; // the request never left: safe for every method
    }
    if (failure instanceof ConnectException) {
      return false; // refused or unresolvable: persistent, and waiting would only delay the report
    }
    if (Thread.currentThread().isInterrupted()
        || (failure instanceof InterruptedIOException
            && !(failure instanceof SocketTimeoutException))) {
      return false; // the caller is being stopped (job deadline, shutdown): do not keep it busy
    }
    boolean timedOut =
        failure instanceof HttpTimeoutException || failure instanceof SocketTimeoutException;
    // a POST that timed out may have been carried out: sending it again could duplicate a review
    return timedOut && !"POST".equals(request.method());
  }
}
