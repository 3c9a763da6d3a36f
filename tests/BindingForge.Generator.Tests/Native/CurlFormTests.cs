using BindingForge.Generator.Tests.Safe;
using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Native;

/// <summary>
/// libcurl (tests/libraries/curl/curl.yaml), a library the project was not tuned on: <c>curl_easy_setopt</c> and
/// <c>curl_easy_getinfo</c> are variadic, their value types set by the option, as in many C APIs. Each family is a
/// form; the safe overloads take an enum per family and refuse an option of another. Runs offline (a file:// URL).
/// </summary>
public sealed class CurlFormTests
{
    [Fact]
    public void Option_families_of_curl_easy_setopt_set_text_and_long_values_and_getinfo_reads_one_back()
    {
        var options = SafeBindings.Options(Path.Combine(SafeBindings.Root, "tests", "libraries", "curl", "curl.yaml"));
        using var assembly = SafeBindings.Load(options, "CurlForms", """
            namespace Run.Curl;

            public static class Driver
            {
                public static string Fetch(string path)
                {
                    using var easy = Easy.Init();
                    easy.Set(EasyTextOption.Url, "file://" + path);
                    easy.Set(EasyLongOption.Nobody, 1);
                    easy.Perform();
                    var code = easy.Get(EasyLongInfo.ResponseCode);
                    string refused;
                    try
                    {
                        easy.Set((EasyLongOption)10002, 1); // CURLOPT_URL takes a string: never passed a long
                        refused = "called";
                    }
                    catch (System.ArgumentOutOfRangeException)
                    {
                        refused = "refused";
                    }

                    string failed;
                    try
                    {
                        easy.Set(EasyTextOption.Url, "nope://x");
                        easy.Perform();
                        failed = "no error";
                    }
                    catch (CurlException e)
                    {
                        failed = e.Message;
                    }

                    return $"{code}|{refused}|{failed}";
                }
            }
            """);
        using var temp = new TempDirectory();
        var file = temp.File("page.txt", "hello");
        var result = (string)assembly.Invoke("Run.Curl.Driver", "Fetch", file)!;
        Assert.StartsWith("0|refused|", result);
        Assert.Contains("Unsupported protocol", result);
    }
}
