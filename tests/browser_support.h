// Running other programs from the tests: shell commands, headless Chromium,
// and graphology with sigma.js (installed with npm into the build directory).
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

#include "test_support.h"

namespace hadath::testing {

inline std::string shell_quote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

struct CommandResult {
    int status = -1;
    std::string output;  // stdout and stderr
};

inline CommandResult run(const std::string& command) {
    CommandResult result;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return result;
    std::array<char, 4096> buffer;
    std::size_t read;
    while ((read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), read);
    int status = ::pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

inline bool have_command(const std::string& name) {
    return run("command -v " + name + " >/dev/null").status == 0;
}

inline std::string chromium_command() {
    for (const char* candidate : {"chromium", "chromium-browser", "google-chrome"}) {
        if (have_command(candidate)) return candidate;
    }
    return "";
}

// Headless Chromium with a fresh profile in `profile`, everything that could
// reach the network turned off and WebGL drawn in software; `action` is
// --dump-dom or --screenshot=FILE. `virtual_time_ms` lets timers and
// animation frames run first (0: the page is taken as soon as it has loaded).
inline CommandResult run_chromium(const std::string& chromium, const std::string& url,
                                  const std::filesystem::path& profile, const std::string& action,
                                  int virtual_time_ms = 2000, const std::string& window = "1280,900") {
    std::filesystem::remove_all(profile);
    std::filesystem::create_directories(profile);
    std::string command =
        "timeout 180 " + chromium +
        " --headless --no-sandbox --no-first-run --disable-background-networking"
        " --disable-component-update --disable-sync --use-angle=swiftshader --enable-unsafe-swiftshader"
        " --hide-scrollbars --window-size=" +
        window + " --user-data-dir=" + shell_quote(profile.string());
    if (virtual_time_ms > 0) command += " --virtual-time-budget=" + std::to_string(virtual_time_ms);
    auto result = run("(" + command + " " + action + " " + shell_quote(url) + " 2>/dev/null)");
    std::filesystem::remove_all(profile);
    return result;
}

// graphology (with its GEXF and GraphML parsers) and sigma.js, as web viewers
// use them, bundled with tests/graph_view/view.js into one script; installed
// once with npm into the build directory. `missing` says why when they can't be.
struct GraphViewer {
    std::filesystem::path bundle;
    std::string missing;
};

inline GraphViewer graph_viewer() {
    GraphViewer viewer;
    if (!have_command("node") || !have_command("npm")) {
        viewer.missing = "node and npm are not installed";
        return viewer;
    }
    const auto dir = std::filesystem::path(HADATH_BINARY).parent_path() / "graph-view";
    std::filesystem::create_directories(dir);
    viewer.bundle = dir / "view.bundle.js";
    const auto source = source_dir() / "tests" / "graph_view" / "view.js";
    // One test program at a time installs and bundles; the others wait and reuse it.
    auto result = run("cd " + shell_quote(dir.string()) +
                      " && flock setup.lock sh -c '"
                      "{ [ -x node_modules/.bin/esbuild ] || npm install --no-audit --no-fund --loglevel=error"
                      " graphology@0.26.0 graphology-gexf@0.13.2 graphology-graphml@0.5.2 sigma@4.0.4"
                      " esbuild@0.28.2 >npm.log 2>&1; } && NODE_PATH=node_modules node_modules/.bin/esbuild " +
                      shell_quote(source.string()) +
                      " --bundle --minify --format=iife --log-level=error --outfile=view.bundle.js'");
    if (result.status != 0 || !std::filesystem::exists(viewer.bundle)) {
        viewer.missing = "npm could not install graphology and sigma.js (no registry?): " + result.output +
                         read_file(dir / "npm.log");
    }
    return viewer;
}

// A page that draws `graph_file` (format "graphml" or "gexf") with the viewer.
inline std::filesystem::path graph_page(const GraphViewer& viewer, const std::filesystem::path& graph_file,
                                        const std::string& format, const std::filesystem::path& page) {
    auto result = run("node " + shell_quote((source_dir() / "tests" / "graph_view" / "page.js").string()) + " " +
                      shell_quote(viewer.bundle.string()) + " " + shell_quote(graph_file.string()) + " " + format +
                      " > " + shell_quote(page.string()));
    INFO(result.output);
    REQUIRE(result.status == 0);
    return page;
}

}  // namespace hadath::testing
