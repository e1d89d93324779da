package dev.berth.images.build;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageTagsTest {

    @Test
    void ordinaryTagsAreFine() {
        for (String tag : new String[] {"web", "web:1.0", "team/web:latest", "127.0.0.1:5000/team/web:1.0-rc_1",
                "localhost/web", "registry.example.com/a/b/c", "my-app__x.y:V1", "localhost:5000"}) {
            assertThat(ImageTags.problem(tag)).as(tag).isNull();
        }
    }

    @Test
    void uppercaseInTheRepositorySaysWhichLowercaseNameToUse() {
        assertThat(ImageTags.problem("team/MyApp:1")).isEqualTo(
                "Repository names must be lowercase: write \"myapp\" instead of \"MyApp\".");
        assertThat(ImageTags.problem("Registry.Example.com/app")).isNull(); // the registry host may have capitals
    }

    @Test
    void badTagsNamesAndRegistriesAreExplained() {
        assertThat(ImageTags.problem("web:.hidden")).contains("The tag \".hidden\" of web:.hidden may hold only");
        assertThat(ImageTags.problem("web:" + "x".repeat(129))).contains("at most 128");
        assertThat(ImageTags.problem(":1.0")).contains("needs a name");
        assertThat(ImageTags.problem("web-:1")).contains("is not a valid image name");
        assertThat(ImageTags.problem("team//web")).contains("is not a valid image name");
        assertThat(ImageTags.problem("bad_host.:5000/web")).contains("is not a registry address");
    }

    @Test
    void tagsAreSplitOnSpacesAndCommas() {
        assertThat(ImageTags.split(" web:1, web:latest\tteam/web ,")).containsExactly("web:1", "web:latest",
                "team/web");
        assertThat(ImageTags.split("   ")).isEmpty();
    }
}
