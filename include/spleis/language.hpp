#pragma once
// The languages people read spleis in: English, and Norwegian as bokmål and nynorsk.
namespace spleis {

enum class Language { en, nb, nn };

}  // namespace spleis
