using System;
using System.Resources;

[assembly: CLSCompliant(false)]
[assembly: NeutralResourcesLanguage("en-US")]
